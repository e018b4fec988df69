import "server-only";
import { db } from "@/lib/db";

export async function listOutbox(municipalityId: string, take = 100) {
  return db.outboxMessage.findMany({ where: { municipalityId }, orderBy: { createdAt: "desc" }, take });
}
