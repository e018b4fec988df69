/**
 * A real OpenID Connect provider for the single sign-on spec: the `oidc-provider` package (the
 * certified implementation many identity servers build on) on a local port, with its development
 * sign-in and consent pages. Any password is accepted; the login names an account in
 * oidcAccounts. Started by Playwright's webServer list: npx tsx e2e/support/oidc-server.ts
 */
import Provider from "oidc-provider";
import { oidcAccounts, oidcClient, oidcIssuer, oidcPort, type OidcLogin } from "./sso";

const provider = new Provider(oidcIssuer, {
  clients: [
    {
      client_id: oidcClient.clientId,
      client_secret: oidcClient.clientSecret,
      redirect_uris: [oidcClient.redirectUri],
      response_types: ["code"],
      grant_types: ["authorization_code"],
      token_endpoint_auth_method: "client_secret_post",
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "groups"] },
  scopes: ["openid", "email", "profile"],
  cookies: { keys: ["e2e-oidc-cookie-signing-key"] },
  features: { devInteractions: { enabled: true } },
  async findAccount(_context, sub) {
    const account = oidcAccounts[sub as OidcLogin];
    if (!account) return undefined;
    return { accountId: sub, claims: async () => ({ sub, ...account }) };
  },
});

provider.listen(oidcPort, () => console.log(`OpenID provider for e2e on ${oidcIssuer}`));
