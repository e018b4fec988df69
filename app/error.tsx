"use client";

import { useTranslations } from "next-intl";
import { Button, Heading1, Link, Paragraph } from "@utrecht/component-library-react";

/** Shown instead of a stack trace; the digest lets support find the server log line. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common.errors");
  return (
    <main id="main" tabIndex={-1} className="afk-main afk-container afk-stack">
      <Heading1>{t("errorTitle")}</Heading1>
      <Paragraph>{t("errorText")}</Paragraph>
      {error.digest ? <Paragraph className="afk-muted">{t("reference", { digest: error.digest })}</Paragraph> : null}
      <Paragraph>
        <Button appearance="secondary-action-button" onClick={reset}>
          {t("retry")}
        </Button>{" "}
        <Link href="/">{t("toHome")}</Link>
      </Paragraph>
    </main>
  );
}
