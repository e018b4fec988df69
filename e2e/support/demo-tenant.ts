import { addPerson } from "./assessments";
import { createTenant, db, retryBusy } from "./db";
import { seedDemoAssessments } from "../../lib/demo/assessments";
import { seedDemoReviews } from "../../lib/demo/reviews";
import { seedDemoPolicies } from "../../lib/demo/policies";
import { seedDemoEvaluations } from "../../lib/demo/evaluations";
import { policyYearNow } from "../../lib/assessments/policy-year";

export type DemoTenant = Awaited<ReturnType<typeof seedDemoLikeTenant>>;

/**
 * A new municipality seeded like the demo: every review state, an adopted and a draft policy
 * with its evaluations,
 * and a catalogue fact that changed after the Facebook assessment used it. For specs that look
 * at many pages as they are in real use.
 */
export async function seedDemoLikeTenant() {
  const { municipality, people } = await createTenant(["advisor", "privacy", "ciso", "council", "admin"]);
  const colleague = await addPerson(municipality.id, "advisor", "collega");
  const year = policyYearNow();
  const assessments = await retryBusy(() => seedDemoAssessments(db, { municipalityId: municipality.id, advisorId: people.advisor.id, year }));
  await retryBusy(() =>
    seedDemoReviews(db, {
      municipalityId: municipality.id,
      people: { advisor: people.advisor.id, privacy: people.privacy.id, ciso: people.ciso.id, admin: people.admin.id, colleague: colleague.id },
      assessmentsByChannel: assessments,
    }),
  );
  await retryBusy(() => seedDemoPolicies(db, { municipalityId: municipality.id, adminId: people.admin.id, advisorId: people.advisor.id, year }));
  await retryBusy(() => seedDemoEvaluations(db, { municipalityId: municipality.id, advisorId: people.advisor.id, colleagueId: colleague.id }));
  // A fact of this municipality that differs from what the Facebook assessment used: its "facts changed" table shows.
  await db.factOverride.create({
    data: {
      municipalityId: municipality.id,
      channelId: "facebook",
      factKey: "dataLocation",
      value: "Ierland en de Verenigde Staten",
      sourcePublisher: "Gemeente",
      sourceTitle: "Eigen navraag",
      checkedAt: `${year}-01-15`,
      createdById: people.admin.id,
    },
  });
  const evaluations = await db.evaluation.findMany({ where: { municipalityId: municipality.id }, select: { id: true, channelId: true } });
  return { slug: municipality.slug, people, year, assessments, evaluations: Object.fromEntries(evaluations.map(({ channelId, id }) => [channelId, id])) };
}
