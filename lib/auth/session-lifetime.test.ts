import { describe, expect, it } from "vitest";
import { absoluteEnd, cappedExpiry, isPastAbsoluteEnd } from "./session-lifetime";

const signedIn = new Date("2026-03-02T08:00:00.000Z");
const at = (hours: number) => new Date(signedIn.getTime() + hours * 3_600_000);

describe("absolute session lifetime", () => {
  it("ends a fixed time after sign-in, however often the session was renewed", () => {
    expect(absoluteEnd(signedIn, 12)).toEqual(at(12));
    expect(isPastAbsoluteEnd(signedIn, 12, at(11.99))).toBe(false);
    expect(isPastAbsoluteEnd(signedIn, 12, at(12))).toBe(true);
    expect(isPastAbsoluteEnd(signedIn, 12, at(30))).toBe(true);
  });

  it("caps a renewal at the absolute end and leaves earlier expiries alone", () => {
    // Renewed at 10:00 with an 8-hour sliding window: 18:00 would pass the 12-hour end.
    expect(cappedExpiry(at(10 + 8), signedIn, 12)).toEqual(at(12));
    expect(cappedExpiry(at(1 + 8), signedIn, 12)).toEqual(at(9));
  });
});
