import { describe, expect, it, vi } from "vitest";
import nodemailer from "nodemailer";
import { deliverPendingMail } from "./delivery";

/** An outbox in memory: claims and sends as the database records them. */
function fakeOutbox(messages: { id: string; to: string; subject: string; body: string }[]) {
  const sentAt = new Map<string, Date>();
  const claimedAt = new Map<string, Date>();
  return {
    sentAt,
    claimedAt,
    client: {
      outboxMessage: {
        findMany: async ({ take }: { take: number }) => messages.filter((m) => !sentAt.has(m.id) && !claimedAt.has(m.id)).slice(0, take),
        updateMany: async ({ where, data }: { where: { id: string }; data: { claimedAt?: Date | null; sentAt?: Date } }) => {
          if (data.sentAt) sentAt.set(where.id, data.sentAt);
          else if (data.claimedAt) claimedAt.set(where.id, data.claimedAt);
          else claimedAt.delete(where.id);
          return { count: 1 };
        },
      },
    },
  };
}

const messages = [
  { id: "1", to: "privacy@voorbeeldstad.nl", subject: "Review", body: "Er wacht een review." },
  { id: "2", to: "ciso@voorbeeldstad.nl", subject: "Review", body: "Er wacht een review." },
];

describe("deliverPendingMail", () => {
  it("sends every queued message as real MIME mail and marks it sent", async () => {
    const outbox = fakeOutbox(messages);
    const transport = nodemailer.createTransport({ jsonTransport: true });
    const delivered: string[] = [];
    const result = await deliverPendingMail(
      outbox.client as never,
      {
        sendMail: async (mail) => {
          const info = await transport.sendMail(mail);
          delivered.push(JSON.parse(info.message).to[0].address);
          return info;
        },
      },
      "afwegingskader@voorbeeldstad.nl",
    );
    expect(result).toEqual({ sent: 2, pending: 0 });
    expect(delivered).toEqual(["privacy@voorbeeldstad.nl", "ciso@voorbeeldstad.nl"]);
    expect([...outbox.sentAt.keys()]).toEqual(["1", "2"]);
  });

  it("keeps a message queued when the mail server refuses it, and stops there", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const outbox = fakeOutbox(messages);
    const result = await deliverPendingMail(
      outbox.client as never,
      {
        sendMail: async () => {
          throw new Error("421 service not available");
        },
      },
      "afwegingskader@voorbeeldstad.nl",
    );
    expect(result).toEqual({ sent: 0, pending: 2 });
    expect(outbox.sentAt.size).toBe(0);
    // Released, so the next delivery run tries it again.
    expect(outbox.claimedAt.size).toBe(0);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("outbox message 1"), "421 service not available");
    logged.mockRestore();
  });
});
