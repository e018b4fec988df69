import { describe, expect, it } from "vitest";
import { hideInvitationLinks } from "./outbox";

describe("hideInvitationLinks", () => {
  const token = "Xy3_-abcdefghijklmnopqrstuvwxyz0123456789AB";
  const body = `Beheerder nodigt u uit.\nNeem de uitnodiging aan via: https://afweging.example/invite/${token}\n\nAccept it at: https://afweging.example/invite/${token}\n\nDe link is 14 dagen geldig.`;

  it("removes every token and keeps the rest of the message", () => {
    const hidden = hideInvitationLinks(body);
    expect(hidden).not.toContain(token);
    expect(hidden.match(/https:\/\/afweging\.example\/invite\/…/g)).toHaveLength(2);
    expect(hidden.replaceAll("/invite/…", `/invite/${token}`)).toBe(body);
  });

  it("leaves a message without invitation links alone", () => {
    const review = "Er wacht een review op u: https://afweging.example/m/stad/assessments/abc/review";
    expect(hideInvitationLinks(review)).toBe(review);
  });
});
