import pg from "pg";
import { describe, expect, it } from "vitest";

const serverUrl = process.env.TEST_DATABASE_URL;

/**
 * Every PostgreSQL test drops its own database at the end with `DROP DATABASE … WITH (FORCE)`,
 * which ends the sessions still on it. An autovacuum worker visiting that database has no role,
 * and PostgreSQL lets only a member of pg_signal_backend end such a session: without it, a test
 * fails at random after all its assertions passed (it did in CI).
 */
describe.runIf(serverUrl)("the throwaway PostgreSQL server (scripts/postgres.sh)", () => {
  it("lets the test role end any session on a test database, autovacuum's included", async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ member: boolean }>(
        "SELECT pg_has_role(current_user, 'pg_signal_backend', 'MEMBER') AS member",
      );
      expect(rows[0].member).toBe(true);
    } finally {
      await client.end();
    }
  });
});
