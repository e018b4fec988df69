/**
 * What the advisor writes about a risk, without the review's decision on it. The same fields
 * travel when a risk is copied: into the policy snapshot, into an export file, from an import
 * file or the demo data into the database.
 */
export type RiskContent<Owner extends string = string> = {
  familyId: string | null;
  title: string;
  description: string;
  likelihood: number;
  impact: number;
  measures: string;
  ownerRole: Owner;
};

export function riskContent<Owner extends string>(risk: RiskContent<Owner>): RiskContent<Owner> {
  return {
    familyId: risk.familyId,
    title: risk.title,
    description: risk.description,
    likelihood: risk.likelihood,
    impact: risk.impact,
    measures: risk.measures,
    ownerRole: risk.ownerRole,
  };
}
