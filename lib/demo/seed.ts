import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/auth/permissions";
import { ensureMunicipality, ensureUser } from "@/lib/demo/people";
import { seedDemoAssessments } from "@/lib/demo/assessments";
import { seedDemoReviews } from "@/lib/demo/reviews";
import { seedDemoPolicies } from "@/lib/demo/policies";
import { seedRivierdalPolicy } from "@/lib/demo/rivierdal";
import { seedDemoEvaluations } from "@/lib/demo/evaluations";
import { policyYearNow } from "@/lib/assessments/policy-year";

/** The one password of every demo account; listed in the README. Never used outside the demo. */
export const demoPassword = "Demo-wachtwoord-2026";

export const demoMunicipalities = [
  { slug: "voorbeeldstad", name: "Gemeente Voorbeeldstad", primaryColor: "#0b5f8a", logoPath: "/logos/voorbeeldstad.svg" },
  { slug: "rivierdal", name: "Gemeente Rivierdal", primaryColor: "#2f6b2f", logoPath: "/logos/rivierdal.svg" },
] as const;

export const demoPeople: { email: string; name: string; slug: string; roles: Role[] }[] = [
  { email: "advies@voorbeeldstad.nl", name: "Anouk de Vries", slug: "voorbeeldstad", roles: ["advisor"] },
  { email: "privacy@voorbeeldstad.nl", name: "Pieter Jansen", slug: "voorbeeldstad", roles: ["privacy"] },
  { email: "ciso@voorbeeldstad.nl", name: "Samira El Amrani", slug: "voorbeeldstad", roles: ["ciso"] },
  { email: "communicatie@voorbeeldstad.nl", name: "Daan Smit", slug: "voorbeeldstad", roles: ["advisor"] },
  { email: "raad@voorbeeldstad.nl", name: "Johan Bakker", slug: "voorbeeldstad", roles: ["council"] },
  { email: "beheer@voorbeeldstad.nl", name: "Fatma Yilmaz", slug: "voorbeeldstad", roles: ["admin"] },
  { email: "advies@rivierdal.nl", name: "Bram Visser", slug: "rivierdal", roles: ["advisor"] },
  { email: "beheer@rivierdal.nl", name: "Eva Mulder", slug: "rivierdal", roles: ["admin"] },
];

/** Seeds the demo; safe to run again: existing municipalities and people are left as they are. */
export async function seedDemo(db: PrismaClient) {
  const municipalities = new Map<string, string>();
  for (const municipality of demoMunicipalities) {
    municipalities.set(municipality.slug, (await ensureMunicipality(db, municipality)).id);
  }
  const people = new Map<string, string>();
  for (const person of demoPeople) {
    const user = await ensureUser(db, {
      email: person.email,
      name: person.name,
      password: demoPassword,
      memberships: [{ municipalityId: municipalities.get(person.slug)!, roles: person.roles }],
    });
    people.set(person.email, user.id);
  }
  const year = policyYearNow();
  const municipalityId = municipalities.get("voorbeeldstad")!;
  const person = (email: string) => people.get(email)!;
  const assessments = await seedDemoAssessments(db, { municipalityId, advisorId: person("advies@voorbeeldstad.nl"), year });
  await seedDemoReviews(db, {
    municipalityId,
    people: {
      advisor: person("advies@voorbeeldstad.nl"),
      privacy: person("privacy@voorbeeldstad.nl"),
      ciso: person("ciso@voorbeeldstad.nl"),
      admin: person("beheer@voorbeeldstad.nl"),
      colleague: person("communicatie@voorbeeldstad.nl"),
    },
    assessmentsByChannel: assessments,
  });
  await seedDemoPolicies(db, { municipalityId, adminId: person("beheer@voorbeeldstad.nl"), advisorId: person("advies@voorbeeldstad.nl"), year });
  await seedRivierdalPolicy(db, { municipalityId: municipalities.get("rivierdal")!, adminId: person("beheer@rivierdal.nl"), advisorId: person("advies@rivierdal.nl"), year });
  await seedDemoEvaluations(db, { municipalityId, advisorId: person("advies@voorbeeldstad.nl"), colleagueId: person("communicatie@voorbeeldstad.nl") });
  await seedDemoEvaluations(db, { municipalityId: municipalities.get("rivierdal")!, advisorId: person("advies@rivierdal.nl") });
  return { municipalities, people, assessments, year };
}
