import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import "@utrecht/component-library-css/dist/index.css";
import "@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css";
import "./globals.css";
import { SkipLink } from "@/components/app-shell/skip-link";
import { SiteFooter } from "@/components/app-shell/site-footer";
import { CLIENT_MESSAGE_PATHS, pickMessages } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("appTagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <html lang={locale} className="voorbeeld-theme">
      <body className="utrecht-document utrecht-document--surface">
        <NextIntlClientProvider messages={pickMessages(messages, CLIENT_MESSAGE_PATHS)}>
          <SkipLink />
          {children}
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
