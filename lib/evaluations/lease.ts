import type { PrismaClient } from "@/lib/generated/prisma/client";

type LeaseClient = Pick<PrismaClient, "jobLease">;

function isUniqueViolation(error: unknown) {
  return (error as { code?: unknown } | null)?.code === "P2002";
}

/**
 * Takes the named lease for `ttlMs` when nobody holds it or the last holder's lease ran out, so of
 * several app instances that start the same job at once, one runs it. Each step is one statement
 * the database decides alone: a conditional update of an expired lease, or the insert of the first
 * one (the primary key refuses a second). A holder that stopped without releasing blocks the job
 * only until its lease expires.
 */
export async function acquireLease(client: LeaseClient, params: { name: string; holder: string; at: Date; ttlMs: number }): Promise<boolean> {
  const expiresAt = new Date(params.at.getTime() + params.ttlMs);
  const taken = await client.jobLease.updateMany({ where: { name: params.name, expiresAt: { lte: params.at } }, data: { holder: params.holder, expiresAt } });
  if (taken.count === 1) return true;
  try {
    await client.jobLease.create({ data: { name: params.name, holder: params.holder, expiresAt } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** Gives the lease back, only if this holder still has it, so the next run need not wait for it to expire. */
export async function releaseLease(client: LeaseClient, params: { name: string; holder: string }) {
  await client.jobLease.deleteMany({ where: { name: params.name, holder: params.holder } });
}
