import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Heading1, LinkList, LinkListLink, Paragraph } from "@utrecht/component-library-react";
import { requireUser } from "@/lib/auth/session";
import { listMunicipalitiesOfUser } from "@/lib/municipalities/queries";

export default async function HomePage() {
  const user = await requireUser();
  const municipalities = await listMunicipalitiesOfUser(user.id);
  if (municipalities.length === 1) redirect(`/m/${municipalities[0].slug}`);
  const t = await getTranslations("common.dashboard");
  return (
    <>
      <Heading1>{t("chooseMunicipality")}</Heading1>
      {municipalities.length === 0 ? (
        <Paragraph>{t("noMembership")}</Paragraph>
      ) : (
        <>
          <Paragraph>{t("chooseMunicipalityIntro")}</Paragraph>
          <LinkList>
            {municipalities.map((municipality) => (
              <LinkListLink key={municipality.slug} href={`/m/${municipality.slug}`}>
                {municipality.name}
              </LinkListLink>
            ))}
          </LinkList>
        </>
      )}
    </>
  );
}
