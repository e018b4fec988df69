import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";

/**
 * better-auth's own sign-in route, called as a script would, from `origin` (the instance the
 * request goes to). Its rate limit (3 per 10 s per client address) is shared by every caller,
 * since the test server has no trusted proxy: a 429 is waited out, so the call that counts is the
 * one that was let through.
 */
export async function postSignIn(request: APIRequestContext, origin: string, body: { email: string; password: string }, headers: Record<string, string> = {}) {
  let response: APIResponse | undefined;
  await expect
    .poll(
      async () => {
        response = await request.post(`${origin}/api/auth/sign-in/email`, { data: body, headers: { origin, ...headers } });
        return response.status();
      },
      { timeout: 45_000, intervals: [1_000] },
    )
    .not.toBe(429);
  return response!;
}
