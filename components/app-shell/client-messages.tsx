import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages, SHELL_MESSAGE_PATHS } from "@/lib/i18n/messages";

/**
 * The messages that travel to the browser: the shell's (every page) and those the client
 * components below need. They go out with every page in its RSC payload, all namespaces together
 * were about 60 kB, so each part of the app sends only its own: a layout wraps its `children` in
 * this with the namespaces of the client components on its pages (tests/messages.test.ts checks
 * that every page gets what its client components translate with). next-intl's nested provider
 * replaces the messages above it, hence the shell's are always included.
 */
export async function ClientMessages({ paths, children }: { paths: readonly string[]; children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, [...SHELL_MESSAGE_PATHS, ...paths])}>{children}</NextIntlClientProvider>;
}
