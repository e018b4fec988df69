import { z } from "zod";
import type { FactKey } from "@/lib/catalogue/schema";
import { ownerRole, type Framework, type OwnerRole } from "@/lib/frameworks/schema";
import { allItems } from "@/lib/assessments/steps";

/**
 * Review sections. An assessment is divided into three sections, each reviewed by one role:
 * the legal and privacy part, the security and resilience part, and the rest (communication).
 * Which question falls in which section follows the `owner` each framework item declares;
 * a municipality may move questions and name another reviewing role (Municipality.settings,
 * key "sectionOwners").
 */
export const sections = ["privacy", "security", "communication"] as const;
export type Section = (typeof sections)[number];
export const sectionSchema = z.enum(sections);

/** The section an item (or a risk) lands in by the role that owns it in the framework data. */
export const sectionOfOwner: Record<OwnerRole, Section> = {
  privacy: "privacy",
  ciso: "security",
  advisor: "communication",
};

export const defaultReviewers: Record<Section, OwnerRole> = {
  privacy: "privacy",
  security: "ciso",
  communication: "advisor",
};

const itemRefPattern = /^[a-z0-9-]+:[a-z0-9][a-z0-9.-]*$/;

/** What a municipality stores under settings.sectionOwners; everything optional, defaults fill in. */
export const sectionOwnersSetting = z.object({
  reviewers: z.partialRecord(sectionSchema, ownerRole).default({}),
  items: z.record(z.string().regex(itemRefPattern), sectionSchema).default({}),
});
export type SectionOwnersSetting = z.infer<typeof sectionOwnersSetting>;

export type SectionOwners = { reviewers: Record<Section, OwnerRole>; items: Record<string, Section> };

/** The mapping in force for a municipality, from its settings JSON; a broken value falls back to the defaults. */
export function sectionOwnersFromSettings(settingsJson: string | null | undefined): SectionOwners {
  let raw: unknown;
  try {
    raw = (JSON.parse(settingsJson || "{}") as Record<string, unknown>).sectionOwners;
  } catch {
    raw = undefined;
  }
  const parsed = sectionOwnersSetting.safeParse(raw ?? {});
  const setting = parsed.success ? parsed.data : { reviewers: {}, items: {} };
  return { reviewers: { ...defaultReviewers, ...setting.reviewers }, items: setting.items };
}

/** Only what differs from the defaults is stored, so a new framework item keeps its declared owner. */
export function toSetting(owners: SectionOwners, itemOwners: ReadonlyMap<string, OwnerRole>): SectionOwnersSetting {
  const reviewers: SectionOwnersSetting["reviewers"] = {};
  for (const section of sections) if (owners.reviewers[section] !== defaultReviewers[section]) reviewers[section] = owners.reviewers[section];
  const items: Record<string, Section> = {};
  for (const [ref, section] of Object.entries(owners.items)) {
    const owner = itemOwners.get(ref);
    if (!owner || sectionOfOwner[owner] !== section) items[ref] = section;
  }
  return { reviewers, items };
}

export function sectionOfItem(ref: string, owner: OwnerRole, owners: SectionOwners): Section {
  return owners.items[ref] ?? sectionOfOwner[owner];
}

/**
 * Where each question sits on the review pages: its section, and its number there (a section's
 * page numbers its questions in wizard order), so the wizard can link to it.
 */
export function reviewPlaces(frameworks: readonly Framework[], owners: SectionOwners): Map<string, { section: Section; number: number }> {
  const counts: Record<Section, number> = { privacy: 0, security: 0, communication: 0 };
  const places = new Map<string, { section: Section; number: number }>();
  for (const { ref, item } of allItems(frameworks)) {
    const section = sectionOfItem(ref, item.owner, owners);
    places.set(ref, { section, number: ++counts[section] });
  }
  return places;
}

/** A risk belongs to the section of the role that assesses it (Risk.ownerRole). */
export function sectionOfRisk(riskOwnerRole: string): Section {
  const parsed = ownerRole.safeParse(riskOwnerRole);
  return parsed.success ? sectionOfOwner[parsed.data] : "communication";
}

/** The role that reviews a section, approves it and decides its risks. */
export function reviewerOf(section: Section, owners: SectionOwners): OwnerRole {
  return owners.reviewers[section];
}

/**
 * Which sections rely on which catalogue fact. When an assessment takes over changed facts, the
 * approved sections that rely on a changed fact are reopened. Reasoning per fact:
 * - jurisdiction, country, dataLocation: which law applies to the data (privacy) and strategic
 *   dependency outside the EU (security);
 * - dpia: the privacy part;
 * - owner: dependency on one company and its home state (security);
 * - revenueModel: profiling of residents (privacy) and what the channel rewards (communication);
 * - selfHostable: running it under own control as a fallback (security);
 * - reach, openProtocol, openSource, dataExport: reach, interoperability and exit (communication);
 *   dataExport also decides whether posts can be archived (privacy).
 */
export const factSections: Record<FactKey, readonly Section[]> = {
  owner: ["security"],
  country: ["privacy", "security"],
  jurisdiction: ["privacy", "security"],
  dataLocation: ["privacy", "security"],
  revenueModel: ["privacy", "communication"],
  reach: ["communication"],
  openProtocol: ["communication"],
  openSource: ["communication", "security"],
  dataExport: ["communication", "privacy"],
  selfHostable: ["security"],
  dpia: ["privacy"],
};

export function sectionsForFacts(keys: readonly FactKey[]): Section[] {
  const hit = new Set(keys.flatMap((key) => factSections[key] ?? []));
  return sections.filter((section) => hit.has(section));
}
