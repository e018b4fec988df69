/** The part of oidc-provider's API that oidc-server.ts uses; the package ships no types. */
declare module "oidc-provider" {
  type Account = { accountId: string; claims: () => Promise<Record<string, unknown>> };
  export default class Provider {
    constructor(
      issuer: string,
      configuration: {
        clients: Record<string, unknown>[];
        claims?: Record<string, string[]>;
        scopes?: string[];
        cookies?: { keys: string[] };
        features?: Record<string, { enabled: boolean }>;
        findAccount: (context: unknown, sub: string) => Promise<Account | undefined>;
      },
    );
    listen(port: number, callback?: () => void): unknown;
  }
}
