"use client";

import { createContext, useCallback, useContext, useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import type { StepProgress } from "@/lib/assessments/progress";

/**
 * The progress of the step on screen, kept up to date while answers are saved, so the side
 * menu and the overall figure change as soon as a question counts as answered instead of after
 * the next page load. The server's figures are the starting point; each answer field reports
 * whether its saved answer counts (lib/assessments/progress.ts decides that, here as there).
 */
type Live = { answered: ReadonlyMap<string, boolean>; report: (itemRef: string, answered: boolean) => void };

const LiveProgress = createContext<Live | null>(null);

export function LiveProgressProvider({ initial, children }: { initial: Record<string, boolean>; children: React.ReactNode }) {
  const [answered, setAnswered] = useState<ReadonlyMap<string, boolean>>(() => new Map(Object.entries(initial)));
  const report = useCallback(
    (itemRef: string, value: boolean) => setAnswered((previous) => (previous.get(itemRef) === value ? previous : new Map(previous).set(itemRef, value))),
    [],
  );
  const live = useMemo(() => ({ answered, report }), [answered, report]);
  return <LiveProgress.Provider value={live}>{children}</LiveProgress.Provider>;
}

/** For an answer field: tell the step whether the saved answer now counts. Does nothing outside a wizard step. */
export function useReportAnswered() {
  return useContext(LiveProgress)?.report;
}

function useLiveCount(): number | null {
  const live = useContext(LiveProgress);
  if (!live) return null;
  let count = 0;
  for (const value of live.answered.values()) if (value) count++;
  return count;
}

/** One entry of the side menu; the current step counts live. */
export function StepNavItem({
  href,
  number,
  label,
  current,
  progress,
  showCount,
}: {
  href: string;
  number: number;
  label: string;
  current: boolean;
  progress: StepProgress;
  showCount: boolean;
}) {
  const t = useTranslations("assessments.wizard");
  const liveCount = useLiveCount();
  const answered = current && liveCount !== null ? liveCount : progress.answered;
  const complete = current && liveCount !== null ? answered === progress.total : progress.complete;
  return (
    <li className={complete && progress.total > 0 ? "afk-steps__done" : undefined}>
      <a href={href} aria-current={current ? "step" : undefined}>
        <span className="afk-steps__number">{number}.</span> {label}
      </a>
      {showCount ? (
        <span className="afk-steps__progress">
          {t("answeredOf", { answered, total: progress.total })}
          {complete ? ` · ${t("complete")}` : ""}
        </span>
      ) : null}
    </li>
  );
}

/** "n% of the questions answered", with the step on screen counted live. */
export function OverallProgress({ answeredElsewhere, initialHere, total }: { answeredElsewhere: number; initialHere: number; total: number }) {
  const t = useTranslations("assessments.wizard");
  const answered = answeredElsewhere + (useLiveCount() ?? initialHere);
  return <>{t("overallProgress", { percentage: total === 0 ? 0 : Math.round((answered / total) * 100) })}</>;
}
