/**
 * A deterministic, fully filled-in year of assessments for unit tests and the PDF benchmark:
 * every question answered, a few risks per channel, decisions recorded. No database.
 */
import type { AnswerValue } from "@/lib/frameworks/answer-value";
import { currentVersions, pinnedFrameworks } from "@/lib/assessments/pinned";
import { allItems } from "@/lib/assessments/steps";
import { getCatalogue, latestCatalogueVersion } from "@/lib/catalogue/load";
import { loadRiskFamilies } from "@/lib/frameworks/load";
import type { FrameworkItem } from "@/lib/frameworks/schema";
import type { GatherMeta, PolicySources, SourceAssessment } from "@/lib/policy/gather";

const ynpu = ["yes", "partly", "no", "yes", "unknown"] as const;
const decisions = ["use", "use_with_conditions", "phase_out", "do_not_use"] as const;
/** Sample reasons; also the scale generator's (lib/demo/scale.ts). */
export const sentences = [
  "De gemeente gebruikt het kanaal voor korte berichten over werkzaamheden, evenementen en storingen in de wijk.",
  "Het team Communicatie modereert reacties op werkdagen tussen 8.00 en 18.00 uur; buiten die tijden verwijst een vaste tekst naar de website.",
  "Bij een incident schakelt de webredactie binnen een uur de woordvoerder en de CISO in, volgens het draaiboek ‘online incidenten’.",
  "Alle berichten staan ook op de website en in de digitale nieuwsbrief, zodat niemand dit kanaal nodig heeft.",
];

/** A valid answer to `item`, varied by `seed`; also the scale generator's. */
export function sampleAnswer(item: FrameworkItem, seed: number): AnswerValue | null {
  switch (item.answerType) {
    case "ynpu":
      return ynpu[seed % ynpu.length];
    case "scale":
      return item.options![(seed % item.options!.length)].value;
    case "choice": {
      const options = item.options!;
      return item.multiple ? [options[seed % options.length].value, options[(seed + 2) % options.length].value].filter((v, i, all) => all.indexOf(v) === i) : options[seed % options.length].value;
    }
    case "channels":
      return seed % 3 === 0 ? ["municipal-website", "newsletter", "counter"] : ["municipal-website", "local-radio", "nl-alert"];
    case "date":
      return "2027-12-31";
    case "number":
      return 2500 + seed * 100;
    default:
      return sentences[seed % sentences.length];
  }
}

/** `count` channels of the latest catalogue (commercial ones first), assessed in `year`. */
export function samplePolicySources(count: number, year: number, options: { slug?: string; name?: string } = {}): PolicySources {
  const versions = currentVersions();
  const frameworks = pinnedFrameworks(JSON.stringify(versions));
  const items = allItems(frameworks);
  const families = loadRiskFamilies();
  const channels = getCatalogue().channels.slice(0, count);
  const assessments: SourceAssessment[] = channels.map((channel, index) => ({
    id: `sample-${channel.id}`,
    channelId: channel.id,
    year,
    status: "decided",
    frameworkVersions: JSON.stringify(versions),
    catalogueVersion: latestCatalogueVersion(),
    factsUsed: "{}",
    decision: decisions[index % decisions.length],
    decisionConditions: index % 4 === 1 ? "Alleen voor informatie; geen betaalde promotie; reacties worden dagelijks gemodereerd." : null,
    decisionRationale: "Besloten na review door privacy officer en CISO, op basis van de score en de geaccepteerde risico’s.",
    phaseOutDate: index % 4 === 2 ? `${year + 1}-06-30` : null,
    decidedAt: new Date(Date.UTC(year, 10, 1)),
    previousAssessmentId: null,
    answers: items.map(({ ref, item }, itemIndex) => ({
      itemId: ref,
      value: JSON.stringify(sampleAnswer(item, index + itemIndex)),
      rationale: item.rationale === "none" ? "" : sentences[(index + itemIndex + 1) % sentences.length],
      evidence: "",
    })),
    risks: [0, 1, 2].map((offset) => {
      const family = families[(index + offset) % families.length];
      return {
        familyId: family.id,
        title: family.title.nl,
        description: family.description.nl,
        likelihood: 1 + ((index + offset) % 5),
        impact: 1 + ((index + offset * 2) % 5),
        measures: "Geen persoonsgegevens in berichten; reacties worden gemodereerd; jaarlijkse herbeoordeling.",
        ownerRole: family.owner,
        decision: offset === 2 ? "mitigated" : "accepted",
        decisionRationale: "Het risico is aanvaardbaar met de genoemde maatregelen.",
        riskOwner: offset === 1 ? "CISO" : "Privacy officer",
        reviewDate: `${year + 1}-03-31`,
        mitigationBy: offset === 2 ? "Team Communicatie" : null,
        createdAt: new Date(Date.UTC(year, 0, 1 + offset)),
      };
    }),
  }));
  return {
    municipality: { slug: options.slug ?? "voorbeeldstad", name: options.name ?? "Gemeente Voorbeeldstad", primaryColor: "#0b5f8a", settings: "{}" },
    assessments,
    customChannels: [],
    overrides: [],
    previousDecisions: {},
  };
}

/** The document fields of a sample year: adopted on 1 December by the council when `adopted`, else a draft. */
export function sampleGatherMeta(year: number, adopted: boolean): GatherMeta {
  return {
    year,
    introduction: "Inleiding",
    summary: "Samenvatting",
    evaluationDate: `${year + 1}-10-01`,
    today: `${year}-12-01`,
    adoption: adopted ? { councilDecisionDate: `${year}-12-01`, councilDecisionRef: `RB-${year}`, adoptedAt: `${year}-12-01T15:00:00.000Z`, adoptedBy: "Beheerder" } : null,
    previous: null,
  };
}
