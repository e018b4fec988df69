/**
 * The OpenID provider the single sign-on spec signs in at (oidc-server.ts, started by Playwright
 * beside the app) and the municipality that uses it. Shared by the server and the spec.
 */
const appPort = Number(process.env.E2E_PORT ?? 3100);

export const oidcPort = appPort + 1000;
export const oidcIssuer = `http://localhost:${oidcPort}`;
export const ssoSlug = "zeestad";
export const ssoDomain = "zeestad.test";
export const oidcClient = {
  clientId: "afwegingskader-e2e",
  clientSecret: "e2e-oidc-client-secret-zeestad",
  redirectUri: `http://localhost:${appPort}/api/auth/callback/sso-${ssoSlug}`,
};

/** The people the provider knows, by the login typed on its (development) sign-in page. */
export const oidcAccounts = {
  medewerker: { email: `medewerker@${ssoDomain}`, email_verified: true, name: "Mila Medewerker", groups: ["afwegingskader-privacy", "iedereen"] },
  nieuw: { email: `nieuw@${ssoDomain}`, email_verified: true, name: "Noah Nieuw", groups: [] },
  onbevestigd: { email: `onbevestigd@${ssoDomain}`, email_verified: false, name: "Olaf Onbevestigd", groups: [] },
  extern: { email: "extern@elders.test", email_verified: true, name: "Eva Extern", groups: [] },
  vreemde: { email: `vreemde@${ssoDomain}`, email_verified: true, name: "Vera Vreemde", groups: [] },
} as const;
export type OidcLogin = keyof typeof oidcAccounts;
