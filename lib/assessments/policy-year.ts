import { todayInNL } from "@/lib/catalogue/schema";

/** The policy year people work on by default: the calendar year in the Netherlands. */
export function policyYearNow(now: Date = new Date()): number {
  return Number(todayInNL(now).slice(0, 4));
}
