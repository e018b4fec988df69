import { getLocale, getTranslations } from "next-intl/server";
import { Link, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { FactProvenance, FactValue } from "@/components/catalogue/fact-display";
import type { ChannelInForce } from "@/lib/catalogue/api";
import { channelKindLabels, factLabel, type Locale } from "@/lib/catalogue/facts";
import { factKeys } from "@/lib/catalogue/schema";
import { TableRegion } from "@/components/tables/table-region";

/** Two channels side by side: every fact with its value, source and check date. */
export async function CompareTable({ slug, first, second }: { slug: string; first: ChannelInForce; second: ChannelInForce }) {
  const [t, locale] = await Promise.all([getTranslations("catalogue"), getLocale() as Promise<Locale>]);
  const pair = [first, second];
  return (
    <TableRegion label={t("compareCaption", { first: first.channel.name, second: second.channel.name })}>
      <Table className="afk-compare">
        <TableCaption>{t("compareCaption", { first: first.channel.name, second: second.channel.name })}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("fact")}</TableHeaderCell>
            {pair.map(({ channel }) => (
              <TableHeaderCell key={channel.id} scope="col">
                <Link href={`/m/${slug}/catalogue/${channel.id}`}>{channel.name}</Link>
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          <TableRow>
            <TableHeaderCell scope="row">{t("kind")}</TableHeaderCell>
            {pair.map(({ channel }) => (
              <TableCell key={channel.id}>{channelKindLabels[channel.kind][locale]}</TableCell>
            ))}
          </TableRow>
          {factKeys.map((key) => (
            <TableRow key={key}>
              <TableHeaderCell scope="row">{factLabel(key, locale)}</TableHeaderCell>
              {pair.map(({ channel, facts }) => (
                <TableCell key={channel.id}>
                  <span className="afk-fact-value">
                    <FactValue factKey={key} fact={facts[key]} withNote />
                  </span>
                  <FactProvenance factKey={key} fact={facts[key]} />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableRegion>
  );
}
