/**
 * A page rendered by Next, made into a document that needs no JavaScript: its scripts (Next's
 * runtime and the React flight data, about three quarters of the bytes of a long page), the
 * preloads of scripts and the request's nonce taken out. Only for pages whose whole content is in
 * the HTML and whose forms post without scripts (server actions do): a page that streamed part of
 * its content in later (a Suspense boundary filled in by a script) is not static, and gives null.
 *
 * The input is React's own output, not arbitrary HTML: React escapes `<` in text and attributes
 * and Next escapes it inside its inline scripts, so a `<script` or `</script>` in the markup is
 * always a real tag and these patterns cannot cut through content. (An HTML parser would do the
 * same work for input we do not have.)
 */
const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/gi;
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\bas="script")[^>]*\/?>|<link\b(?=[^>]*\brel="modulepreload")[^>]*\/?>/gi;
const NONCE = /\snonce="[^"]*"/gi;
// React's markers of a boundary whose content arrives later: a template placeholder and a hidden segment.
const STREAMED = /<template\b[^>]*\bid="B:|<div\b[^>]*\bid="S:/i;

export function staticDocument(html: string): string | null {
  if (STREAMED.test(html)) return null;
  return html.replace(SCRIPT, "").replace(SCRIPT_PRELOAD, "").replace(NONCE, "");
}
