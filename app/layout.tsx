import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import "@utrecht/component-library-css/dist/index.css";
import "@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css";
import "./globals.css";
import { SkipLink } from "@/components/app-shell/skip-link";
import { SiteFooter } from "@/components/app-shell/site-footer";
import { ClientMessages } from "@/components/app-shell/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("appTagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale} className="voorbeeld-theme">
      <body className="utrecht-document utrecht-document--surface">
        <ClientMessages paths={[]}>
          <SkipLink />
          {children}
          <SiteFooter />
        </ClientMessages>
      </body>
    </html>
  );
}
