"use client";

import { Alert, Paragraph } from "@utrecht/component-library-react";

/**
 * The confirmation after a step. The live region is always there, so screen readers announce
 * the message when it appears in it.
 */
export function FormSuccess({ message }: { message: string | null }) {
  return (
    <div role="status">
      {message ? (
        <Alert type="ok">
          <Paragraph>{message}</Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}
