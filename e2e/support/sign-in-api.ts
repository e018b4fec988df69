import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";

/**
 * better-auth's own sign-in route on the server at `target`, called as a script on the app's page
 * would (its Origin is the app's public address). Its rate limit (3 per 10 s per client address) is
 * shared by every caller, since the test server has no trusted proxy: a 429 is waited out, so the
 * call that counts is the one that was let through.
 */
export async function postSignIn(request: APIRequestContext, target: string, body: { email: string; password: string }, headers: Record<string, string> = {}) {
  const origin = test.info().project.use.baseURL!;
  let response: APIResponse | undefined;
  await expect
    .poll(
      async () => {
        response = await request.post(`${target}/api/auth/sign-in/email`, { data: body, headers: { origin, ...headers } });
        return response.status();
      },
      { timeout: 45_000, intervals: [1_000] },
    )
    .not.toBe(429);
  return response!;
}
