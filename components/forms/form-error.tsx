"use client";

import { Alert, Paragraph } from "@utrecht/component-library-react";

/** A message above the form; role=alert so screen readers announce it when it appears. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert type="error" role="alert">
      <Paragraph>{message}</Paragraph>
    </Alert>
  );
}
