/**
 * The Content-Security-Policy of one response. Scripts run only with this request's nonce; what
 * they load in turn is trusted through 'strict-dynamic' (Next's chunks). Styles may be inline:
 * React and the NL Design System components write `style` attributes, and a nonce cannot cover
 * those; the policy forbids inline code for scripts only. Next's development server evaluates
 * code for its error overlay and fast refresh, so `next dev` alone gets 'unsafe-eval'.
 */
export function contentSecurityPolicy({ nonce, development = false, https = false }: { nonce: string; development?: boolean; https?: boolean }) {
  return policyWithScripts(`'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`, https);
}

/** The policy of a document that has no scripts (a frozen public page, lib/http/static-document.ts): none may run. */
export function scriptFreeContentSecurityPolicy({ https = false }: { https?: boolean }) {
  return policyWithScripts("'none'", https);
}

function policyWithScripts(scriptSources: string, https: boolean) {
  const directives = [
    "default-src 'self'",
    `script-src ${scriptSources}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** A nonce: 128 random bits, base64. */
export function createNonce() {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/** Whether the app is served over https, which turns on HSTS and Secure cookies. */
export function isHttps(publicUrl: string) {
  return new URL(publicUrl).protocol === "https:";
}

/** Two years, the value browsers' preload lists expect; only ever sent over https. */
export function strictTransportSecurity(publicUrl: string) {
  return isHttps(publicUrl) ? "max-age=63072000; includeSubDomains" : null;
}
