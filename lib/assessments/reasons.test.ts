import { describe, expect, it } from "vitest";
import { latestFrameworks } from "@/lib/frameworks/load";
import type { FrameworkItem } from "@/lib/frameworks/schema";
import { extremeValue, isScoredItem } from "@/lib/scoring/answers";
import { KNOCKOUT_ITEMS } from "@/lib/scoring/knockout-items";
import { assessmentProgress, isAnswered } from "./progress";
import { reasonNeed } from "./reasons";

const items = latestFrameworks().flatMap((framework) => framework.parts.flatMap((part) => part.items.map((item) => ({ ref: `${framework.id}:${item.id}`, item }))));
const itemAt = (ref: string) => items.find((entry) => entry.ref === ref)!.item;
const scored = items.find(({ item }) => isScoredItem(item) && item.answerType === "ynpu" && item.rationale === "weighted")!;
const unscoredChoice = items.find(({ item }) => item.answerType === "choice" && !isScoredItem(item) && item.rationale === "weighted");
const noLastYear = new Map();
const answer = (value: string, rationale = "") => ({ value, rationale, evidence: "" });

describe("reasons where they carry weight", () => {
  it("does not ask a reason for a scored answer at its best", () => {
    const best = extremeValue(scored.item, "best");
    expect(reasonNeed(scored.ref, scored.item, best)).toEqual({ need: "optional", causes: [] });
    expect(isAnswered(scored.ref, scored.item, answer(best), noLastYear)).toBe(true);
  });

  it("asks a reason for an answer that lowers the score", () => {
    const worst = extremeValue(scored.item, "worst");
    expect(reasonNeed(scored.ref, scored.item, worst).causes).toContain("lowers-score");
    expect(isAnswered(scored.ref, scored.item, answer(worst), noLastYear)).toBe(false);
    expect(isAnswered(scored.ref, scored.item, answer(worst, "Geen DPIA gedaan."), noLastYear)).toBe(true);
  });

  it("asks a reason for ‘Weet ik niet’", () => {
    expect(reasonNeed(scored.ref, scored.item, "unknown")).toEqual({ need: "required", causes: ["unknown"] });
    expect(isAnswered(scored.ref, scored.item, answer("unknown"), noLastYear)).toBe(false);
  });

  it("asks a reason for an answer that can trigger a knock-out, also on a question that is not scored", () => {
    const ref = KNOCKOUT_ITEMS.considerExit;
    expect(reasonNeed(ref, itemAt(ref), "no").causes).toContain("knockout");
    expect(reasonNeed(ref, itemAt(ref), "yes").causes).not.toContain("knockout");
  });

  it("asks a reason for an answer that differs from last year, not for one that stayed the same", () => {
    const best = extremeValue(scored.item, "best");
    expect(reasonNeed(scored.ref, scored.item, best, best)).toEqual({ need: "optional", causes: [] });
    expect(reasonNeed(scored.ref, scored.item, best, "partly")).toEqual({ need: "required", causes: ["changed"] });
    // A list of channels explains itself, but not why it changed.
    const choice = itemAt(KNOCKOUT_ITEMS.alternatives);
    expect(choice.rationale).toBe("optional");
    expect(reasonNeed(KNOCKOUT_ITEMS.alternatives, choice, ["counter", "newsletter"], ["counter", "newsletter"]).need).toBe("optional");
    expect(reasonNeed(KNOCKOUT_ITEMS.alternatives, choice, ["counter"], ["counter", "newsletter"]).causes).toEqual(["changed"]);
  });

  it("leaves a reason optional for a choice that neither scores nor triggers anything", () => {
    expect(unscoredChoice).toBeDefined();
    const { ref, item } = unscoredChoice!;
    for (const option of item.options!) expect(reasonNeed(ref, item, option.value).need, option.value).toBe("optional");
    expect(reasonNeed(ref, item, "unknown").need).toBe("required");
  });

  it("follows the content where it says always, never or no reason", () => {
    const withRationale = (rationale: FrameworkItem["rationale"]) => ({ ...scored.item, rationale });
    const best = extremeValue(scored.item, "best");
    expect(reasonNeed(scored.ref, withRationale("required"), best)).toEqual({ need: "required", causes: ["always"] });
    const worst = extremeValue(scored.item, "worst");
    expect(reasonNeed(scored.ref, withRationale("optional"), worst).need).toBe("optional");
    expect(reasonNeed(scored.ref, withRationale("optional"), "unknown").causes).toEqual(["unknown"]);
    expect(reasonNeed(scored.ref, withRationale("optional"), best, worst).causes).toEqual(["changed"]);
    expect(reasonNeed(scored.ref, withRationale("none"), "unknown").need).toBe("none");
  });

  it("counts the best answers of a whole assessment as complete without any reason", () => {
    const frameworks = latestFrameworks().filter((framework) => !framework.appliesTo);
    const all = new Map(
      frameworks.flatMap((framework) =>
        framework.parts.flatMap((part) =>
          part.items.map((item) => {
            const ref = `${framework.id}:${item.id}`;
            const value = isScoredItem(item) ? extremeValue(item, "best") : item.answerType === "ynpu" ? "yes" : "x";
            return [ref, answer(value)] as const;
          }),
        ),
      ),
    );
    const progress = assessmentProgress(frameworks, all, 1, noLastYear);
    const needing = [...all].filter(([ref, stored]) => reasonNeed(ref, itemAt(ref), stored.value).need === "required").length;
    expect(progress.answered).toBe(progress.total - needing);
    expect(needing).toBeLessThan(progress.total / 4);
  });
});
