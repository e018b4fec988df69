import type { DocumentPart } from "@/lib/policy/pdf/document";

/**
 * Always two parts, whatever the machine: the same snapshot then gives the same file everywhere.
 * On one core the pool renders them one after the other. ./render.tsx joins their pages and
 * their structure trees (tagged PDF) into one.
 */
const PART_COUNT = 2;

/**
 * Splits the chapter groups, in order, into `count` parts of about equal weight (the amount of
 * text, which is what rendering time follows). The first part also holds the cover and the table
 * of contents, weighing `frontWeight`.
 */
export function planParts(weights: number[], frontWeight: number, count = PART_COUNT): DocumentPart[] {
  const total = frontWeight + weights.reduce((sum, weight) => sum + weight, 0);
  const parts: DocumentPart[] = [{ front: true, groups: [] }];
  let filled = frontWeight;
  weights.forEach((weight, index) => {
    const current = parts[parts.length - 1];
    const target = (total * parts.length) / count;
    // Start the next part when this group would take the current one further past its share than it now falls short.
    if (parts.length < count && current.groups.length > 0 && filled + weight / 2 > target) parts.push({ front: false, groups: [] });
    parts[parts.length - 1].groups.push(index);
    filled += weight;
  });
  return parts;
}
