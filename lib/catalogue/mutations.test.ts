import { describe, expect, it } from "vitest";
import type { Tx } from "@/lib/db";
import { ActionError } from "@/lib/validation/action-error";
import { getChannel } from "./load";
import { listFactOverridesTx, removeFactOverride, saveFactOverride } from "./mutations";
import type { FactOverrideData } from "./schema";

type Row = {
  id: string;
  municipalityId: string;
  channelId: string;
  factKey: string;
  value: string;
  sourcePublisher: string;
  sourceTitle: string;
  sourceUrl: string | null;
  checkedAt: string;
  createdById: string;
  createdAt: Date;
  active: boolean;
};

/** Just enough of Prisma's FactOverride delegate to run the mutations against memory. */
function fakeTx() {
  const rows: Row[] = [];
  const matches = (row: Row, where: Partial<Row>) => Object.entries(where).every(([key, value]) => row[key as keyof Row] === value);
  const factOverride = {
    findMany: async ({ where }: { where: Partial<Row> }) => rows.filter((row) => matches(row, where)),
    updateMany: async ({ where, data }: { where: Partial<Row>; data: Partial<Row> }) => {
      const hit = rows.filter((row) => matches(row, where));
      for (const row of hit) Object.assign(row, data);
      return { count: hit.length };
    },
    create: async ({ data }: { data: Omit<Row, "id" | "createdAt" | "active"> }) => {
      const row: Row = { ...data, id: `o${rows.length + 1}`, createdAt: new Date(), active: true };
      rows.push(row);
      return row;
    },
  };
  // One own channel of municipality m1: its own Mastodon server.
  const customChannels = [
    { id: "own", municipalityId: "m1", name: "Mastodon-server", kind: "open-alternative", description: "", digital: true, createdAt: new Date("2026-01-02"), baseChannelId: "mastodon", selfHosted: true, host: "social.voorbeeldstad.nl" },
  ];
  const customChannel = {
    findFirst: async ({ where }: { where: { id: string; municipalityId: string } }) =>
      customChannels.find((row) => row.id === where.id && row.municipalityId === where.municipalityId) ?? null,
  };
  return { tx: { factOverride, customChannel } as unknown as Tx, rows };
}

const data = (overrides: Partial<FactOverrideData> = {}): FactOverrideData => ({
  channelId: "facebook",
  factKey: "dataLocation",
  value: "EU (contractueel vastgelegd)",
  sourcePublisher: "Gemeente Voorbeeld",
  sourceTitle: "Verwerkersovereenkomst",
  checkedAt: "2026-03-15",
  ...overrides,
});

describe("saveFactOverride", () => {
  it("creates an override and records the catalogue value it replaces", async () => {
    const { tx, rows } = fakeTx();
    const { override, details } = await saveFactOverride(tx, { municipalityId: "m1", userId: "u1", data: data() });
    expect(rows).toHaveLength(1);
    expect(override).toMatchObject({ municipalityId: "m1", channelId: "facebook", factKey: "dataLocation", active: true, createdById: "u1", sourceUrl: null });
    expect(details.old).toMatchObject({ value: getChannel("facebook")!.facts.dataLocation.value, origin: "catalogue" });
    expect(details.new).toMatchObject({ value: "EU (contractueel vastgelegd)", origin: "override", checkedAt: "2026-03-15" });
    expect(details.new.source).toEqual({ publisher: "Gemeente Voorbeeld", title: "Verwerkersovereenkomst", date: "2026-03-15" });
  });

  it("deactivates the previous override of the same fact instead of deleting it", async () => {
    const { tx, rows } = fakeTx();
    await saveFactOverride(tx, { municipalityId: "m1", userId: "u1", data: data() });
    await saveFactOverride(tx, { municipalityId: "m1", userId: "u1", data: data({ factKey: "owner", value: "Meta Platforms Ireland" }) });
    const { details } = await saveFactOverride(tx, { municipalityId: "m1", userId: "u1", data: data({ value: "Ierland", sourceUrl: "https://example.org/dpa" }) });
    expect(rows).toHaveLength(3);
    expect(rows.filter((row) => row.factKey === "dataLocation").map((row) => row.active)).toEqual([false, true]);
    expect(rows.find((row) => row.factKey === "owner")?.active).toBe(true);
    expect(details).toMatchObject({ old: { value: "EU (contractueel vastgelegd)", origin: "override" }, new: { value: "Ierland" }, replacedOverrides: 1 });
    const inForce = await listFactOverridesTx(tx, "m1", "facebook");
    expect(inForce.map((override) => [override.factKey, override.value])).toEqual([
      ["owner", "Meta Platforms Ireland"],
      ["dataLocation", "Ierland"],
    ]);
  });

  it("leaves other municipalities' overrides alone", async () => {
    const { tx, rows } = fakeTx();
    await saveFactOverride(tx, { municipalityId: "m2", userId: "u2", data: data() });
    await saveFactOverride(tx, { municipalityId: "m1", userId: "u1", data: data() });
    expect(rows.map((row) => [row.municipalityId, row.active])).toEqual([
      ["m2", true],
      ["m1", true],
    ]);
  });

  it("keeps a source date that has no column in the audit details", async () => {
    const { tx } = fakeTx();
    const { details } = await saveFactOverride(tx, { municipalityId: "m1", userId: "u1", data: data({ sourceDate: "2026-01-10" }) });
    expect(details.sourceDate).toBe("2026-01-10");
  });

  it("overrides a fact of the municipality's own channel, which inherited it from its catalogue type", async () => {
    const { tx, rows } = fakeTx();
    const { details } = await saveFactOverride(tx, { municipalityId: "m1", userId: "u1", data: data({ channelId: "custom:own", factKey: "jurisdiction", value: "nl" }) });
    expect(rows.map((row) => [row.channelId, row.factKey, row.value])).toEqual([["custom:own", "jurisdiction", "nl"]]);
    expect(details.old).toMatchObject({ value: getChannel("mastodon")!.facts.jurisdiction.value, origin: "catalogue" });
    expect(details.new).toMatchObject({ value: "nl", origin: "override" });
    const { details: removed } = await removeFactOverride(tx, { municipalityId: "m1", channelId: "custom:own", factKey: "jurisdiction" });
    expect(removed.new).toMatchObject({ value: getChannel("mastodon")!.facts.jurisdiction.value, origin: "catalogue" });
  });

  it("refuses another municipality's own channel", async () => {
    const { tx, rows } = fakeTx();
    await expect(saveFactOverride(tx, { municipalityId: "m2", userId: "u2", data: data({ channelId: "custom:own" }) })).rejects.toMatchObject({
      fieldErrors: { channelId: "invalid_value" },
    });
    expect(rows).toHaveLength(0);
  });

  it("refuses a channel that is not in the catalogue", async () => {
    const { tx, rows } = fakeTx();
    await expect(saveFactOverride(tx, { municipalityId: "m1", userId: "u1", data: data({ channelId: "myspace" }) })).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { channelId: "invalid_value" },
    });
    expect(rows).toHaveLength(0);
  });
});

describe("removeFactOverride", () => {
  it("deactivates the override so the catalogue fact is in force again", async () => {
    const { tx, rows } = fakeTx();
    await saveFactOverride(tx, { municipalityId: "m1", userId: "u1", data: data() });
    const { removedIds, details } = await removeFactOverride(tx, { municipalityId: "m1", channelId: "facebook", factKey: "dataLocation" });
    expect(removedIds).toEqual(["o1"]);
    expect(rows).toHaveLength(1);
    expect(rows[0].active).toBe(false);
    expect(details.old.origin).toBe("override");
    expect(details.new).toMatchObject({ origin: "catalogue", value: getChannel("facebook")!.facts.dataLocation.value });
  });

  it("refuses when there is nothing to withdraw", async () => {
    const { tx } = fakeTx();
    const attempt = removeFactOverride(tx, { municipalityId: "m1", channelId: "facebook", factKey: "owner" });
    await expect(attempt).rejects.toBeInstanceOf(ActionError);
    await expect(attempt).rejects.toMatchObject({ code: "not_found" });
  });
});
