import { getTranslations } from "next-intl/server";
import { Link, Paragraph } from "@utrecht/component-library-react";

export async function SiteFooter() {
  const t = await getTranslations("common");
  return (
    <footer className="afk-footer">
      <div className="afk-container">
        <Paragraph>{t("footer.about")}</Paragraph>
        <ul>
          <li>
            <Link href="/frameworks">{t("footer.sources")}</Link>
          </li>
          <li>{t("footer.license")}</li>
        </ul>
      </div>
    </footer>
  );
}
