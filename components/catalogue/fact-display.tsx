import { getLocale, getTranslations } from "next-intl/server";
import { SourceCitation, formatIsoDate } from "@/components/frameworks/source-citation";
import { factValueLabel, type FactInForce, type Locale } from "@/lib/catalogue/facts";
import type { FactKey } from "@/lib/catalogue/schema";
import { localized } from "@/lib/i18n/localized";

/** A fact's value as people read it, marked when the municipality's own source replaces the catalogue. */
export async function FactValue({ factKey, fact, withNote = false }: { factKey: FactKey; fact: FactInForce; withNote?: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("catalogue"), getLocale() as Promise<Locale>]);
  return (
    <>
      {factValueLabel(factKey, fact.value, locale)}
      {fact.origin === "override" ? (
        <>
          {" "}
          <span className="afk-badge afk-badge--own">{t("ownSource")}</span>
        </>
      ) : null}
      {withNote && fact.note ? <span className="afk-fact-note">{localized(fact.note, locale)}</span> : null}
    </>
  );
}

/** Where a fact comes from and when it was last checked; for an override also the catalogue fact it replaces. */
export async function FactProvenance({ factKey, fact }: { factKey: FactKey; fact: FactInForce }) {
  const [t, locale] = await Promise.all([getTranslations("catalogue"), getLocale() as Promise<Locale>]);
  const checked = await formatIsoDate(fact.checkedAt);
  return (
    <span className="afk-provenance">
      {fact.origin === "override" ? <strong className="afk-provenance__own">{t("ownSourceLong")}: </strong> : null}
      {fact.source ? <SourceCitation source={fact.source} /> : <span>{t("noSource")}</span>}
      <span className="afk-provenance__checked">{t("checkedOn", { date: checked })}</span>
      {fact.origin === "override" && fact.overridden ? (
        <span className="afk-provenance__replaced">
          {t("replaces", { value: factValueLabel(factKey, fact.overridden.value, locale) })}
          {fact.overridden.source ? (
            <>
              {" "}
              (<SourceCitation source={fact.overridden.source} />)
            </>
          ) : null}
        </span>
      ) : null}
    </span>
  );
}
