import { getTranslations } from "next-intl/server";
import { SkipLink as UtrechtSkipLink } from "@utrecht/component-library-react";

export async function SkipLink() {
  const t = await getTranslations("common");
  return <UtrechtSkipLink href="#main">{t("skipLink")}</UtrechtSkipLink>;
}
