import { getFormatter, getTranslations } from "next-intl/server";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { figureKeys, type TransparencyFigures as Figures } from "@/lib/transparency/schema";

/** A report's figures and dilemmas, read only. */
export async function TransparencyFigures({ figures, dilemmas }: { figures: Figures; dilemmas: string }) {
  const [t, format] = await Promise.all([getTranslations("transparency"), getFormatter()]);
  return (
    <>
      <dl className="afk-facts-list">
        {figureKeys.map((key) => (
          <div key={key}>
            <dt>{t(`figures.${key}`)}</dt>
            <dd>{figures[key] === null ? t("unknown") : format.number(figures[key]!)}</dd>
          </div>
        ))}
      </dl>
      <Heading2>{t("dilemmas")}</Heading2>
      <Paragraph>{dilemmas.trim() || t("noDilemmas")}</Paragraph>
    </>
  );
}
