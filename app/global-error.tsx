"use client";

/** Last resort when even the root layout fails: no translations are available, so both languages. */
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="nl">
      <body style={{ fontFamily: "sans-serif", padding: "2rem" }}>
        <main>
          <h1>Er ging iets mis</h1>
          <p>Er is niets verloren gegaan. Probeer het opnieuw.</p>
          <p lang="en">Something went wrong. Nothing was lost. Please try again.</p>
          <button type="button" onClick={reset}>
            Opnieuw proberen / Try again
          </button>
        </main>
      </body>
    </html>
  );
}
