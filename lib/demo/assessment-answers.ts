import type { AnswerValue } from "@/lib/frameworks/answer-value";

/**
 * Demo answers for Gemeente Voorbeeldstad: one complete assessment per channel, written as a
 * communication advisor would fill it in. Built from shared profiles (all channels, commercial
 * platforms, own channels) plus per-channel answers, so channels differ where they really do.
 *
 * Keys are written short here ("vng.law.dpia") and qualified with their framework id
 * ("vng-afwegingskader:vng.law.dpia") on export; lib/demo/assessments.test.ts checks that every
 * item of the latest frameworks has a valid answer for every channel.
 */

export type DemoAnswer = { value: AnswerValue; rationale?: string; evidence?: string };
type Answers = Record<string, DemoAnswer>;

export const demoChannels = ["facebook", "tiktok", "x", "mastodon", "municipal-website", "municipal-app", "newsletter"] as const;
export type DemoChannel = (typeof demoChannels)[number];

/** Channels assessed last year too (X is assessed for the first time this year). */
export const previousYearChannels: readonly DemoChannel[] = demoChannels.filter((channel) => channel !== "x");

const frameworkOfPrefix: Record<string, string> = {
  plan: "assessment-plan",
  basis: "democratische-basislijn",
  elsa: "elsa",
  ibd: "ibd-overwegingen",
  pw: "publieke-waarden",
  vng: "vng-afwegingskader",
};

/** "vng.law.dpia" → "vng-afwegingskader:vng.law.dpia". */
function qualify(answers: Answers): Answers {
  return Object.fromEntries(
    Object.entries(answers).map(([key, answer]) => {
      const framework = frameworkOfPrefix[key.split(".")[0]];
      if (!framework) throw new Error(`Demo answer key without known framework prefix: ${key}`);
      return [`${framework}:${key}`, answer];
    }),
  );
}

/** An answer: value, then (optional) rationale and evidence. */
function a(value: AnswerValue, rationale?: string, evidence?: string): DemoAnswer {
  return { value, ...(rationale ? { rationale } : {}), ...(evidence ? { evidence } : {}) };
}

/* ------------------------------------------------------------------------------------------ */
/* Shared by every channel                                                                     */
/* ------------------------------------------------------------------------------------------ */

const commonAnswers: Answers = {
  "plan.moderation.incidents": a(
    "yes",
    "Het protocol 'Agressie en geweld tegen medewerkers en bestuurders' geldt ook online: melden bij de CISO en het meldpunt, screenshots bewaren, aangifte via de gemeente als werkgever.",
    "Protocol agressie en geweld, versie 2024 (zaaknummer 2024-0233), hoofdstuk 5 'Online'",
  ),
  "plan.crisis.fallback": a(
    ["nl-alert", "local-radio", "municipal-website"],
    "Deze drie kanalen staan in het crisiscommunicatieplan van de veiligheidsregio en werken zonder commercieel platform.",
  ),
  "plan.inclusion.plain-language": a(
    "yes",
    "De redactie schrijft op B1-niveau volgens de schrijfwijzer van Voorbeeldstad; nieuwe vaste teksten laten we testen door het taalpanel van de bibliotheek.",
  ),
  "plan.inclusion.explanation": a(
    "Alle informatie staat ook op voorbeeldstad.nl en is telefonisch (14 012) en aan de balie van het stadhuis te krijgen. Besluiten en bekendmakingen staan daarnaast in de huis-aan-huiskrant. Het Digitaal Informatiepunt in de bibliotheek helpt inwoners die minder digitaal vaardig zijn.",
  ),

  "ibd.consideration.strategic-decision": a(
    "yes",
    "Het college heeft in 2025 de koers voor online kanalen vastgesteld; elk kanaal wordt jaarlijks met dit afwegingskader opnieuw gewogen.",
    "Collegebesluit 'Koers online kanalen 2025-2028', zaaknummer 2025-1187",
  ),
  "ibd.consideration.per-audience": a(
    "yes",
    "Per kanaal is vastgelegd welke doelgroep we ermee bedienen; toon, vorm en frequentie passen we daarop aan (zie het kanaalplan).",
  ),
  "ibd.consideration.alternatives": a(
    "yes",
    "Wat we online delen, staat altijd ook op voorbeeldstad.nl en is via telefoon en balie te krijgen; niemand hoeft een account te hebben om de gemeente te bereiken.",
  ),
  "ibd.consideration.evaluate": a(
    "yes",
    "Elk najaar evalueren we alle kanalen met dit afwegingskader en leggen we de uitkomst aan het college voor.",
  ),
  "ibd.consideration.resilience": a(
    "yes",
    "Het socialemediabeleid is onderdeel van het programma 'Weerbaar Voorbeeldstad'; de CISO toetst de kanalen jaarlijks mee.",
  ),
  "ibd.consideration.crisis-communication": a(
    "partly",
    "Het crisiscommunicatieplan van de veiligheidsregio is leidend en noemt NL-Alert, lokale omroep en website; de aansluiting op de EU-preparednessstrategie werken we in 2026 uit met de regio.",
  ),
  "ibd.consideration.digital-inclusion": a(
    "yes",
    "Balie, telefoon en post blijven volwaardige kanalen; het Digitaal Informatiepunt in de bibliotheek helpt inwoners die niet online zijn.",
  ),
  "ibd.decision.alternatives": a(
    "yes",
    "Digitaal zijn website, app en nieuwsbrief beschikbaar; fysiek de balie, de huis-aan-huiskrant en de lokale omroep.",
  ),
  "ibd.decision.evaluated": a(
    "yes",
    "Jaarlijkse evaluatie in het vierde kwartaal met dit kader, plus een tussentijdse check als de feiten over een platform wijzigen.",
  ),

  "vng.goals.measurement": a(
    "yes",
    "In het kanaalplan staan per kanaal de doelen en indicatoren; het team Communicatie rapporteert elk kwartaal bereik en reacties.",
  ),
};

/* ------------------------------------------------------------------------------------------ */
/* Commercial platforms (Facebook, TikTok, X)                                                  */
/* ------------------------------------------------------------------------------------------ */

const commercialProfile: Answers = {
  "plan.alternatives.channels": a(
    ["municipal-website", "newsletter", "municipal-app", "local-radio"],
    "Dezelfde doelgroepen bereiken we ook via de eigen kanalen en de lokale omroep.",
  ),
  "plan.alternatives.same-information": a(
    "yes",
    "Elk bericht op dit platform verwijst naar een pagina op voorbeeldstad.nl; we plaatsen hier geen informatie die alleen op dit kanaal te vinden is.",
  ),
  "plan.exit.triggers": a(
    "Een nieuwe DPIA of een advies van de Autoriteit Persoonsgegevens of de Rijksoverheid dat gebruik ontraadt; een ingrijpende wijziging van de voorwaarden of het moderatiebeleid van het platform; bereik onder de doelgroep dat twee kwartalen onder de norm uit het kanaalplan blijft; een incident waarbij het platform medewerkers of inwoners niet beschermt.",
  ),
  "plan.exit.steps": a(
    "1. Teamleider Communicatie legt een exitvoorstel voor aan het college. 2. Drie maanden vooraf kondigen we het vertrek op het kanaal zelf aan. 3. We exporteren berichten en statistieken voor het archief. 4. Het account wordt bevroren met een verwijzing naar de eigen kanalen en na zes maanden verwijderd. Verantwoordelijk: teamleider Communicatie, met de privacy officer voor de archivering.",
  ),
  "plan.exit.followers": a(
    "Volgers kunnen we niet meenemen. Drie maanden lang staat er een vastgezet bericht en een verwijzing in het profiel naar de nieuwsbrief, de app en ons Mastodon-account; in de laatste berichten nodigen we volgers uit zich aan te melden voor de nieuwsbrief.",
  ),
  "plan.exit.deadline": a(
    "2027-06-30",
    "Het college gebruikt dit kanaal hooguit tot medio 2027; daarna alleen verder als een nieuwe afweging dat onderbouwt.",
  ),
  "plan.moderation.plan": a(
    "yes",
    "Het moderatieplan beschrijft huisregels, reactietijd (binnen één werkdag, in het weekend alleen bij calamiteiten) en wie modereert: de webredactie, met het KCC als achtervang.",
    "Moderatieplan sociale media v3 (2025), zaaknummer 2025-0871; huisregels op voorbeeldstad.nl/huisregels",
  ),
  "plan.crisis.explanation": a(
    "In het crisiscommunicatieplan is dit platform een aanvullend kanaal: we volgen er geruchten en verwijzen naar voorbeeldstad.nl. Primaire kanalen zijn NL-Alert, de lokale omroep en de website; als het platform uitvalt of berichten niet toont, verandert er aan de crisisaanpak niets.",
  ),
  "plan.inclusion.languages": a(
    "partly",
    "Op het platform zelf communiceren we in het Nederlands; bij belangrijke berichten verwijzen we naar de Engelse, Poolse, Turkse en Arabische pagina's op de website.",
  ),
  "plan.inclusion.accessibility": a(
    "partly",
    "We gebruiken alt-teksten en ondertiteling bij video, maar de omgeving van het platform zelf voldoet niet volledig aan WCAG 2.1 en daar hebben we geen invloed op.",
  ),

  "basis.equal-safe": a(
    "2",
    "Onder onze berichten verschijnen geregeld scheldreacties en discriminerende opmerkingen; we verwijderen ze, maar het platform haalt ze zelf traag of niet weg.",
  ),
  "basis.equal-voice": a(
    "2",
    "Wie betaalt of het hardst reageert, krijgt meer zichtbaarheid; het algoritme bepaalt wie onze berichten ziet, niet wij.",
  ),
  "basis.core-values": a(
    "2",
    "Het platform is ingericht op snelle reacties en aandacht, niet op elkaar verstaan of waarheidsvinding; echte dialoog lukt er zelden.",
  ),
  "basis.threat.polarising-content": a(
    "4",
    "We zien dat berichten over gevoelige onderwerpen (azc, windmolens) veel meer bereik krijgen door boze reacties dan feitelijke berichten.",
  ),
  "basis.threat.disinformation": a(
    "4",
    "Bij het azc-besluit circuleerden onjuiste berichten die het platform niet of pas na dagen van een label voorzag.",
  ),
  "basis.threat.aggression-office-holders": a(
    "3",
    "Wethouders en medewerkers worden onder berichten met naam aangesproken en soms bedreigd; dat gebeurt enkele keren per jaar.",
  ),
  "basis.threat.mental-health": a(
    "3",
    "Het verdienmodel stuurt op zo lang mogelijk scrollen; dat raakt vooral jongere gebruikers, al hebben we geen eigen onderzoek onder onze volgers.",
  ),
  "basis.threat.vulnerable-groups": a(
    "3",
    "Leeftijdscontrole en bescherming tegen ongewenst contact zijn zwak; we richten ons daarom niet specifiek op minderjarigen.",
  ),
  "basis.threat.monopoly": a(
    "4",
    "Het platform is een van de weinige grote spelers; wie er niet is, mist een deel van het publiek, en vertrekken betekent het bereik opbouwen vanaf nul.",
  ),
  "basis.threat.revenue-model": a(
    "5",
    "Het verdienmodel is advertenties op basis van profielen van gebruikers; onze aanwezigheid voedt dat model.",
  ),
  "basis.threat.paid-reach": a(
    "4",
    "Organisch bereik is beperkt; wie groot bereik wil, moet betalen. Wij betalen alleen in uitzonderlijke gevallen.",
  ),
  "basis.threat.public-private-space": a(
    "5",
    "Het gesprek met inwoners vindt plaats in een private ruimte met regels van een buitenlands bedrijf, die het eenzijdig kan wijzigen.",
  ),

  "elsa.platform-explainable": a(
    "no",
    "Het platform legt de werking van de feed alleen globaal uit; wij kunnen inwoners niet uitleggen hoe het precies werkt.",
  ),
  "elsa.why-see": a(
    "no",
    "Waarom een inwoner ons bericht wel of niet ziet, bepaalt het algoritme; dat kunnen we niet navertellen.",
  ),
  "elsa.no-filter": a(
    "partly",
    "Wie onze pagina opzoekt, ziet de berichten op volgorde; in de tijdlijn filtert het algoritme wel.",
  ),
  "elsa.central-values": a(
    ["inclusion", "people-first"],
    "We zijn hier om mensen te bereiken die de eigen kanalen niet gebruiken; waarden als soevereiniteit, privacy en transparantie staan op dit platform onder druk.",
  ),
  "elsa.explainable-controllable-leavable": a(
    "partly",
    "Verlaten kan (export en account opheffen, exitplan ligt klaar), maar uitlegbaar en controleerbaar is het platform niet.",
  ),
  "elsa.participation-black-box": a(
    "no",
    "Participatie laten we daarom niet via dit platform lopen: voor inbreng op besluiten gebruiken we OpenStad en bijeenkomsten.",
  ),

  "ibd.consideration.exit-strategy": a(
    "yes",
    "Het exitplan staat in deze afweging, met einddatum, stappen en verantwoordelijke; het college heeft het vastgesteld.",
  ),
  "ibd.consideration.stochastic-threat": a(
    "partly",
    "Moderatoren verwijderen oproepen tot geweld en we noemen geen medewerkers bij naam; maar het platform versterkt verontwaardiging en dat kunnen we niet uitzetten.",
  ),
  "ibd.consideration.public-values-elsa": a(
    "partly",
    "De keuze voor dit platform is een bewuste afweging tussen bereik en publieke waarden; op soevereiniteit en transparantie scoort het slecht en dat staat in het besluit.",
  ),
  "ibd.decision.goals": a(["information"], "Alleen informeren en doorverwijzen; dienstverlening en participatie lopen via eigen kanalen."),
  "ibd.decision.explainable": a(
    "no",
    "Hoe het bereik wordt bepaald, is een bedrijfsgeheim van het platform.",
  ),
  "ibd.decision.accepted-risks": a(
    "yes",
    "De risico's (doorgifte buiten de EU, profilering, afhankelijkheid van het algoritme) staan in de risicoparagraaf en zijn door het college tot de einddatum bewust geaccepteerd.",
  ),
  "ibd.decision.sustainable": a(
    "2",
    "Juridisch is het gebruik kwetsbaar (DPIA-risico's, doorgifte naar de VS) en het platform kan voorwaarden eenzijdig wijzigen; toekomstbestendig is het niet.",
  ),

  "pw.core.community-oriented": a("2", "Het platform is gericht op zoveel mogelijk gebruikers en advertentie-inkomsten, niet op de lokale gemeenschap."),
  "pw.core.safe-trusted": a("2", "Gegevens van inwoners worden gebruikt voor advertenties en de moderatie door het platform is onvoorspelbaar."),
  "pw.core.responsible": a("1", "Het ontwerp volgt commerciële doelen; publieke waarden zijn geen uitgangspunt."),
  "pw.core.diverse": a("3", "Er is een grote diversiteit aan gebruikers, maar het algoritme bepaalt welke stemmen zichtbaar worden."),
  "pw.core.ecosystem": a("2", "Een gesloten platform zonder koppeling met andere diensten; inwoners moeten er een account hebben om mee te doen."),
  "pw.core.sovereign": a("1", "Het platform wordt beheerd door een bedrijf buiten de EU; gemeente en inwoners hebben geen zeggenschap."),
  "pw.value.autonomy": a("2", "Inwoners kunnen weinig invloed uitoefenen op wat ze te zien krijgen."),
  "pw.value.openness": a("1", "Gesloten software en geen open standaarden."),
  "pw.value.transparency": a("1", "Over algoritmen, moderatie en gegevensgebruik geeft het platform weinig inzicht."),
  "pw.value.sovereignty": a("1", "Gegevens en infrastructuur liggen buiten onze invloed en deels buiten de EU."),
  "pw.value.people-first": a("2", "Het platform is ingericht op aandacht vasthouden, niet op het belang van de gebruiker."),
  "pw.value.sustainability": a("2", "Video en datacentra vragen veel energie; over de eigen duurzaamheidsdoelen rapporteert het bedrijf weinig controleerbaar."),

  "vng.baseline.safe-presence": a(
    "2",
    "Inwoners die reageren, krijgen soms zelf haatreacties; wij modereren onder onze eigen berichten, maar daarbuiten niet.",
  ),
  "vng.baseline.equal-voice": a(
    "2",
    "Betaalde berichten en reacties die veel interactie uitlokken, krijgen meer zichtbaarheid dan andere stemmen.",
  ),
  "vng.baseline.free-presence": a(
    "yes",
    "Een account is gratis; inwoners betalen wel met hun gegevens, dat nemen we mee bij de verborgen kosten.",
  ),
  "vng.baseline.dialogue": a("2", "Korte reacties en snelle meningen overheersen; voor echte dialoog verwijzen we naar bijeenkomsten en OpenStad."),
  "vng.goals.fit": a(
    "3",
    "Het kanaal past bij informeren en doorverwijzen, niet bij dienstverlening of participatie; dat is ook de enige rol die we het geven.",
  ),
  "vng.goals.reach-dependence": a(
    "5",
    "Het bereik hangt vrijwel volledig af van het algoritme; we zien grote schommelingen zonder dat wij iets anders doen.",
  ),
  "vng.costs.hidden-costs": a(
    "partly",
    "Dat inwoners met hun gegevens betalen, is beschreven in de DPIA; de kosten van afhankelijkheid en van moderatie buiten kantoortijd zijn nog niet volledig in beeld.",
  ),
  "vng.costs.exit-cost": a(
    "Eenmalig circa 40 uur voor aankondiging, export en archivering. Het grootste verlies is bereik: we verwachten dat een deel van de volgers de nieuwsbrief of app niet opzoekt en extra inzet op de eigen kanalen nodig is.",
  ),
  "vng.law.archiving": a(
    "partly",
    "Berichten archiveren we elk kwartaal met een export in het zaaksysteem; reacties van inwoners leggen we alleen vast als ze tot een zaak leiden.",
  ),
  "vng.revenue.model": a("advertising", "Het platform verdient aan advertenties die op gebruikersprofielen worden afgestemd."),
  "vng.revenue.profiling": a("5", "Het platform bouwt uitgebreide profielen van gebruikers voor advertenties en voor de aanbevelingen in de feed."),
  "vng.revenue.engagement": a("4", "Berichten die veel reacties uitlokken, krijgen aantoonbaar meer bereik; dat zien we ook aan onze eigen statistieken."),
  "vng.revenue.public-interest": a("1", "Het commerciële belang staat voorop; het maatschappelijk belang telt alleen waar wetgeving zoals de DSA dat afdwingt."),
  "vng.interop.open-protocol": a("no", "Het platform is gesloten; volgen kan alleen met een eigen account op dit platform."),
  "vng.interop.open-source": a("no", "De software is niet open source."),
  "vng.interop.data-export": a(
    "partly",
    "Berichten en statistieken kunnen we exporteren, maar volgers en reacties niet in een bruikbaar formaat meenemen.",
  ),
  "vng.interop.self-host": a("no", "Het platform draait alleen bij de aanbieder zelf; we kunnen geen hosting of land kiezen."),
  "vng.interop.read-without-account": a(
    "partly",
    "Losse berichten zijn via een link te openen, maar het platform dringt aan op inloggen en toont zonder account niet alles.",
  ),
};

const facebookAnswers: Answers = {
  "plan.goals.goals": a(["information"], "Informeren over nieuws, werkzaamheden en evenementen en doorverwijzen naar voorbeeldstad.nl."),
  "plan.goals.audiences": a(["elderly", "general-public"], "Uit onze statistieken blijkt dat vooral inwoners van 45 jaar en ouder ons hier volgen."),
  "plan.goals.reach": a(18000, "Gemiddeld maandelijks bereik van de pagina in 2025 volgens Meta Business Suite."),
  "plan.moderation.vulnerable": a(
    "partly",
    "Persoonlijke situaties zetten we direct om naar een privébericht en daarna naar telefoon of balie; specifieke afspraken voor kwetsbare inwoners liggen er nog niet.",
  ),
  "basis.threat.monopoly": a(
    "5",
    "Meta bezit ook Instagram en WhatsApp; voor de oudere doelgroep is er geen commercieel alternatief van vergelijkbare omvang.",
  ),
  "basis.threat.mental-health": a(
    "unknown",
    "Voor onze doelgroep (45+) kennen we geen onderzoek naar effecten op mentale gezondheid; dat laten we bewust open.",
  ),
  "vng.baseline.moderation": a(
    "yes",
    "Als beheerder van de pagina kunnen we reacties verbergen en verwijderen en een woordfilter instellen; we doen dat binnen één werkdag.",
  ),
  "vng.goals.audience-reach": a(
    "4",
    "Bij 45-plussers halen we ons bereikdoel; 38% van de volgers is ouder dan 55.",
    "Kwartaalrapportage bereik Q4 2025, Meta Business Suite (zaaknummer 2026-0107)",
  ),
  "vng.costs.staff": a(12, "Maken van berichten, moderatie en monitoring door de webredactie."),
  "vng.costs.paid-promotion": a(
    "partly",
    "Alleen bij wervingscampagnes (bijv. vacatures in de zorg) promoten we berichten, met een jaarbudget van € 2.000.",
  ),
  "vng.law.dpia": a(
    "yes",
    "In 2025 hebben we een eigen DPIA uitgevoerd, op basis van de DPIA van de Rijksoverheid op Facebookpagina's (2022).",
    "Zaaknummer 2026-0412, DPIA-rapport Facebookpagina's Gemeente Voorbeeldstad (2025)",
  ),
  "vng.law.dpia-risks": a(
    "partly",
    "Van de hoge risico's uit de DPIA van 2022 zijn er twee niet weggenomen: de gezamenlijke verwerkingsverantwoordelijkheid met Meta en de doorgifte naar de VS. Ook het advies van de AP uit 2024 blijft overheden wijzen op deze risico's; het college heeft ze tot de einddatum geaccepteerd.",
    "DPIA-rapport Facebookpagina's 2025, paragraaf 6 'Maatregelen', en risicobesluit college (zaaknummer 2026-0412)",
  ),
  "vng.law.personal-data": a(
    "partly",
    "In het verwerkingsregister staat welke gegevens we via de pagina verwerken (reacties, berichten, statistieken); wat Meta zelf met gegevens van bezoekers doet, kunnen we maar beperkt vastleggen.",
    "Verwerkingsregister, verwerking VR-112 'Facebookpagina gemeente'",
  ),
  "vng.law.eu-transfer": a(
    "partly",
    "Meta verwerkt gegevens ook in de VS en beroept zich op het EU-VS Data Privacy Framework; die grondslag staat juridisch onder druk en we kunnen de verwerking niet zelf controleren.",
    "DPIA-rapport Facebookpagina's 2025, paragraaf 4.3 'Doorgifte'",
  ),
};

const tiktokAnswers: Answers = {
  "plan.goals.goals": a(["information"], "Algemene informatie en werving (vacatures, evenementen) voor jongvolwassenen; geen campagnes gericht op minderjarigen."),
  "plan.goals.audiences": a(
    ["young-people"],
    "We richten ons op jongvolwassenen (18-27). Net als de gemeente Utrecht zetten we TikTok niet in voor campagnes voor jongeren onder de 18.",
  ),
  "plan.goals.reach": a(6000, "Gemiddeld aantal unieke kijkers per maand in 2025."),
  "plan.exit.deadline": a(
    "2027-06-30",
    "Het college heeft TikTok voorlopig tot medio 2027 toegestaan, mits de maatregelen uit de risicoparagraaf blijven gelden.",
  ),
  "plan.moderation.vulnerable": a(
    "yes",
    "We voeren geen privégesprekken met jongeren via TikTok, reageren niet op persoonlijke situaties en verwijzen naar het jongerenwerk en de website; dat staat in het moderatieplan.",
  ),
  "plan.inclusion.languages": a("no", "Video's zijn in het Nederlands met Nederlandse ondertiteling; andere talen bieden we op dit kanaal niet."),
  "plan.inclusion.accessibility": a(
    "partly",
    "Alle video's hebben ingebrande ondertiteling; beschrijvingen voor blinde en slechtziende kijkers ontbreken en de app zelf is beperkt toegankelijk.",
  ),
  "basis.equal-safe": a("1", "Onder video's van overheden zien we veel anonieme hatelijke reacties; het platform grijpt nauwelijks in."),
  "basis.core-values": a("1", "Het platform draait op korte video's en snelle reacties; ruimte voor uitwisseling van argumenten is er nauwelijks."),
  "basis.threat.polarising-content": a("5", "De For You-feed versterkt zichtbaar sensationele en polariserende video's."),
  "basis.threat.disinformation": a("5", "Desinformatie verspreidt zich snel via video's en remixes; factchecks bereiken een fractie van het publiek."),
  "basis.threat.mental-health": a("5", "Onderzoek naar verslavend ontwerp en effecten op jongeren is de reden dat we het kanaal niet op minderjarigen richten."),
  "basis.threat.vulnerable-groups": a("5", "Leeftijdscontrole is zwak en jongeren komen via de feed snel bij schadelijke inhoud."),
  "basis.threat.monopoly": a("4", "Onder jongeren is TikTok dominant; een vergelijkbaar alternatief met dat bereik is er niet."),
  "elsa.explainable-controllable-leavable": a(
    "no",
    "De aanbevelingen zijn niet uit te leggen en we hebben geen controle over het platform; alleen verlaten is mogelijk.",
  ),
  "elsa.no-filter": a("no", "Bijna al het bereik loopt via de algoritmische For You-feed."),
  "ibd.consideration.stochastic-threat": a(
    "partly",
    "We laten geen medewerkers herkenbaar in beeld zonder instemming en zetten reacties uit bij gevoelige onderwerpen; de dynamiek van het platform zelf blijft een risico.",
  ),
  "ibd.decision.sustainable": a(
    "1",
    "Door de zorgen over gegevens en toegang vanuit China, het Rijksadvies om TikTok niet op werktelefoons te gebruiken en de zwakke bescherming van jongeren is dit kanaal niet toekomstbestendig.",
  ),
  "pw.core.safe-trusted": a("1", "Zorgen over gegevensbescherming en toegang vanuit China zijn niet weggenomen."),
  "pw.core.diverse": a("unknown", "We weten te weinig over wie onze video's te zien krijgt om dit te beoordelen."),
  "pw.value.people-first": a("1", "Het ontwerp is gericht op zo lang mogelijk kijken, ook bij jonge gebruikers."),
  "vng.baseline.safe-presence": a("1", "Haatreacties en intimidatie onder video's zijn gewoon; het platform grijpt weinig in."),
  "vng.baseline.moderation": a(
    "yes",
    "We kunnen reacties filteren, verwijderen en per video uitzetten; bij gevoelige onderwerpen zetten we reacties vooraf uit.",
  ),
  "vng.goals.fit": a("3", "Past bij informeren van jongvolwassenen en werving, niet bij andere doelen."),
  "vng.goals.audience-reach": a(
    "3",
    "We bereiken jongvolwassenen, maar minder dan verwacht: 40% van de kijkers woont buiten de regio.",
    "Statistieken TikTok-account 2025, rapportage webredactie (zaaknummer 2026-0115)",
  ),
  "vng.revenue.engagement": a("5", "De feed beloont vrijwel uitsluitend wat mensen laat blijven kijken en reageren."),
  "vng.costs.staff": a(10, "Video's maken kost veel tijd; inclusief moderatie door de webredactie."),
  "vng.costs.paid-promotion": a("no", "We betalen niet voor bereik op TikTok; dat is een voorwaarde uit het collegebesluit."),
  "vng.law.dpia": a(
    "partly",
    "Er is een pre-scan uitgevoerd en we volgen het advies van de Rijksoverheid (2023): geen TikTok op werktelefoons, beheer via een aparte beheertelefoon. Een volledige DPIA loopt nog.",
    "Pre-scan DPIA TikTok (zaaknummer 2025-0933); opdracht volledige DPIA, zaaknummer 2026-0201",
  ),
  "vng.law.dpia-risks": a(
    "no",
    "De hoge risico's uit de pre-scan (doorgifte en mogelijke toegang vanuit China, profilering van jonge gebruikers) zijn niet weggenomen; we beperken ze alleen met de beheertelefoon en door geen minderjarigen te benaderen.",
    "Pre-scan DPIA TikTok, paragraaf 3 'Hoge risico's' (zaaknummer 2025-0933)",
  ),
  "vng.law.personal-data": a(
    "partly",
    "Onze eigen verwerking staat in het verwerkingsregister; wat TikTok met gegevens van kijkers doet, kunnen we niet vastleggen.",
    "Verwerkingsregister, verwerking VR-131 'TikTok-account gemeente'",
  ),
  "vng.law.eu-transfer": a(
    "no",
    "TikTok slaat Europese gegevens in Ierland en Noorwegen op, maar erkent toegang vanuit China; een geldige grondslag voor die doorgifte zien wij niet.",
    "Pre-scan DPIA TikTok, paragraaf 2.4 'Doorgifte'",
  ),
  "vng.interop.data-export": a("unknown", "Of we video's met statistieken en reacties volledig kunnen exporteren, hebben we nog niet getest."),
  "vng.interop.read-without-account": a("partly", "Video's zijn via een link te bekijken, maar de app dringt sterk aan op inloggen."),
};

const xAnswers: Answers = {
  "plan.goals.goals": a(["information"], "Alleen nog doorverwijzen bij storingen en calamiteiten, vooral voor journalisten en regionale partners."),
  "plan.goals.audiences": a(["general-public"], "Het publiek is vooral pers, politiek en partners; inwoners bereiken we hier nauwelijks nog."),
  "plan.goals.reach": a(2500, "Maandelijkse weergaven zijn sinds 2024 met meer dan de helft gedaald."),
  "plan.exit.deadline": a(
    "2027-03-31",
    "We bouwen X af; na het eerste kwartaal van 2027 plaatsen we er niets meer, tenzij een nieuwe afweging anders besluit.",
  ),
  "plan.moderation.plan": a(
    "partly",
    "De huisregels gelden ook op X, maar reacties kunnen we alleen verbergen, niet verwijderen; het moderatieplan houdt daar nog geen rekening mee.",
    "Moderatieplan sociale media v3 (2025), zaaknummer 2025-0871",
  ),
  "plan.moderation.vulnerable": a("no", "We zoeken op X geen contact met inwoners en beantwoorden geen persoonlijke vragen; die verwijzen we naar het KCC."),
  "basis.equal-safe": a("1", "Sinds het afschaffen van veel moderatie zien we onder onze berichten structureel haatreacties."),
  "basis.equal-voice": a("1", "Betalende accounts krijgen voorrang in reacties en bereik."),
  "basis.threat.polarising-content": a("5", "Polariserende berichten krijgen zichtbaar voorrang in de feed."),
  "basis.threat.disinformation": a("5", "Community Notes zijn te traag en te beperkt om desinformatie bij te houden."),
  "basis.threat.aggression-office-holders": a("4", "Onze wethouders krijgen op X de meeste intimiderende berichten van alle kanalen."),
  "basis.threat.mental-health": a("unknown", "Daarover hebben we geen eigen gegevens of bruikbaar onderzoek."),
  "basis.threat.monopoly": a("3", "X is minder dominant dan een paar jaar geleden; pers en partners zijn deels naar andere platforms vertrokken."),
  "basis.threat.paid-reach": a("5", "Betaalde accounts en advertenties bepalen in hoge mate wie zichtbaar is."),
  "elsa.central-values": a(["inclusion"], "We blijven alleen zolang journalisten en partners er nog naar ons kijken; andere publieke waarden staan op X onder druk."),
  "elsa.explainable-controllable-leavable": a("partly", "Verlaten is eenvoudig en voorbereid; uitlegbaar en controleerbaar is het platform niet."),
  "ibd.consideration.exit-strategy": a("yes", "Afbouw is in gang gezet: de einddatum staat vast en het account verwijst al naar Mastodon en de nieuwsbrief."),
  "ibd.decision.sustainable": a("1", "Het platform verandert voortdurend van koers en voorwaarden; we zien geen toekomst voor de gemeente op X."),
  "pw.core.safe-trusted": a("1", "Moderatie is grotendeels afgeschaft; veilig voelen veel inwoners zich hier niet."),
  "pw.core.diverse": a("2", "Veel gebruikers zijn vertrokken; het publiek is eenzijdiger geworden."),
  "vng.baseline.safe-presence": a("1", "Haatreacties en intimidatie blijven vaak staan, ook na melding."),
  "vng.baseline.equal-voice": a("1", "Betalende accounts krijgen voorrang in reacties en bereik."),
  "vng.baseline.moderation": a("partly", "We kunnen reacties alleen verbergen en accounts blokkeren; verwijderen kan alleen X zelf en dat gebeurt zelden."),
  "vng.goals.fit": a("2", "Voor het informeren van inwoners past X niet meer; alleen voor pers en partners heeft het nog beperkt nut."),
  "vng.goals.audience-reach": a(
    "1",
    "Inwoners bereiken we nauwelijks; weergaven zijn sinds 2024 met 55% gedaald.",
    "Statistieken X-account 2024-2025, rapportage webredactie (zaaknummer 2026-0116)",
  ),
  "vng.revenue.engagement": a("5", "De feed beloont vooral berichten die verontwaardiging oproepen."),
  "vng.costs.staff": a(4, "Alleen plaatsen van doorverwijzingen en monitoring."),
  "vng.costs.paid-promotion": a("no", "We betalen niet voor bereik of verificatie op X."),
  "vng.law.dpia": a(
    "no",
    "Voor X is geen DPIA uitgevoerd; omdat we het kanaal afbouwen, gebruiken we het alleen voor doorverwijzingen zonder interactie met inwoners.",
    "Notitie privacy officer 'X afbouwen zonder DPIA', zaaknummer 2026-0149",
  ),
  "vng.law.dpia-risks": a(
    "unknown",
    "Zonder DPIA kunnen we niet zeggen of de risico's zijn teruggebracht; de privacy officer schat ze als hoog in.",
    "Notitie privacy officer, zaaknummer 2026-0149",
  ),
  "vng.law.personal-data": a(
    "no",
    "Buiten onze eigen berichten is niet vastgelegd welke gegevens van inwoners via X worden verwerkt.",
    "Verwerkingsregister: X-account nog niet opgenomen (actie privacy officer, Q2 2026)",
  ),
  "vng.law.eu-transfer": a(
    "no",
    "X verwerkt gegevens in de VS; of de grondslag voor doorgifte houdbaar is, is niet getoetst.",
    "Notitie privacy officer, zaaknummer 2026-0149",
  ),
  "vng.interop.read-without-account": a("no", "Zonder account zijn berichten en reacties nauwelijks nog te lezen."),
};

/* ------------------------------------------------------------------------------------------ */
/* Mastodon: own server, run together with neighbouring municipalities                          */
/* ------------------------------------------------------------------------------------------ */

const mastodonAnswers: Answers = {
  "plan.goals.goals": a(["information", "participation"], "Informeren en in gesprek gaan, zonder algoritme dat bepaalt wie wat ziet."),
  "plan.goals.audiences": a(["general-public"], "Een brede groep inwoners, vooral wie commerciële platforms bewust mijdt."),
  "plan.goals.reach": a(900, "Aantal volgers plus gemiddeld aantal bezoekers van het profiel per maand; het groeit, maar is nog klein."),
  "plan.alternatives.channels": a(
    ["municipal-website", "newsletter", "municipal-app"],
    "Alles wat we hier plaatsen, staat ook op de eigen kanalen.",
  ),
  "plan.alternatives.same-information": a("yes", "Berichten op Mastodon zijn dezelfde als het nieuws op voorbeeldstad.nl; er is geen exclusieve informatie."),
  "plan.exit.triggers": a(
    "De samenwerking met de buurgemeenten over de gezamenlijke server stopt; de hostingpartij kan beveiliging of beschikbaarheid niet meer waarborgen; het bereik blijft twee jaar lang onder 500 volgers.",
  ),
  "plan.exit.steps": a(
    "1. Teamleider Communicatie stelt in overleg met de buurgemeenten een exitvoorstel op. 2. We verhuizen het account (Mastodon ondersteunt accountmigratie) of kondigen het einde drie maanden vooraf aan. 3. Berichten exporteren we naar het archief. Verantwoordelijk: teamleider Communicatie; technische uitvoering door de ICT-samenwerking van de regio.",
  ),
  "plan.exit.followers": a(
    "Mastodon kan volgers automatisch meeverhuizen naar een account op een andere server; bij volledig stoppen verwijzen we drie maanden lang naar de nieuwsbrief en de app.",
  ),
  "plan.exit.deadline": a("2028-12-31", "Past bij de looptijd van de samenwerkingsovereenkomst met de buurgemeenten."),
  "plan.moderation.plan": a(
    "yes",
    "Het moderatieplan geldt ook voor de gezamenlijke server; de servermoderatie ligt bij een roulerend team van de vier gemeenten, met reactietijd binnen één werkdag.",
    "Moderatieplan sociale media v3 (2025), bijlage C 'Gezamenlijke Mastodon-server' (zaaknummer 2025-0871)",
  ),
  "plan.moderation.vulnerable": a(
    "partly",
    "Persoonlijke vragen verwijzen we naar het KCC; aparte afspraken voor jongeren zijn nog niet nodig gebleken, de doelgroep is volwassen.",
  ),
  "plan.crisis.explanation": a(
    "Mastodon is in het crisiscommunicatieplan een aanvullend kanaal naast NL-Alert, lokale omroep en website. Omdat de server in Nederland draait en door ons wordt beheerd, kunnen we er ook bij storingen van commerciële platforms op rekenen.",
  ),
  "plan.inclusion.languages": a("partly", "Berichten zijn in het Nederlands; bij belangrijke onderwerpen verwijzen we naar de vertaalde pagina's op de website."),
  "plan.inclusion.accessibility": a(
    "yes",
    "Alt-teksten zijn verplicht in onze werkwijze en de webinterface van Mastodon is redelijk toegankelijk; inwoners kunnen zelf een toegankelijke app kiezen.",
  ),

  "basis.equal-safe": a("4", "De server heeft duidelijke regels en eigen moderatoren; haatreacties zien we nauwelijks."),
  "basis.equal-voice": a("5", "Er is geen betaald bereik en geen algoritme; berichten verschijnen op volgorde van plaatsing."),
  "basis.core-values": a("4", "Gesprekken zijn rustiger en inhoudelijker dan op commerciële platforms, al is de groep nog klein."),
  "basis.threat.polarising-content": a("1", "Er is geen algoritme dat polariserende berichten voorrang geeft."),
  "basis.threat.disinformation": a("2", "Desinformatie komt voor via andere servers, maar verspreidt zich niet algoritmisch; we kunnen servers blokkeren."),
  "basis.threat.aggression-office-holders": a("2", "Incidenteel een onaangename reactie; de moderatoren kunnen accounts en servers direct blokkeren."),
  "basis.threat.mental-health": a("1", "Geen eindeloze feed, geen advertenties en geen ontwerp dat gericht is op zo lang mogelijk kijken."),
  "basis.threat.vulnerable-groups": a("2", "Moderatie is in eigen hand; een leeftijdscontrole is er niet, maar de server richt zich niet op jongeren."),
  "basis.threat.monopoly": a("1", "Mastodon is een open netwerk van duizenden servers; niemand heeft een monopolie."),
  "basis.threat.revenue-model": a("1", "De server wordt uit publiek geld betaald; er is geen verdienmodel."),
  "basis.threat.paid-reach": a("1", "Betaald bereik bestaat niet."),
  "basis.threat.public-private-space": a("1", "De server is publieke ruimte onder eigen regels van de samenwerkende gemeenten."),

  "elsa.platform-explainable": a("yes", "Berichten verschijnen in volgorde van plaatsing; dat kunnen we in één zin uitleggen."),
  "elsa.why-see": a("yes", "Wie ons volgt, ziet onze berichten; verder zijn ze zichtbaar via hashtags en de lokale tijdlijn."),
  "elsa.no-filter": a("yes", "Er is geen algoritmisch filter."),
  "elsa.central-values": a(
    ["openness", "transparency", "sovereignty", "autonomy", "privacy"],
    "Open standaard, open source, eigen beheer in Nederland en geen profilering: daarom kozen we dit kanaal.",
  ),
  "elsa.explainable-controllable-leavable": a("yes", "Uitlegbaar, in eigen beheer en te verlaten met accountmigratie."),
  "elsa.participation-black-box": a("yes", "Er is geen zwarte doos: moderatiebesluiten van de server publiceren we op de informatiepagina."),

  "ibd.consideration.exit-strategy": a("yes", "Het exitplan staat in deze afweging en in de samenwerkingsovereenkomst met de buurgemeenten."),
  "ibd.consideration.stochastic-threat": a("yes", "Eigen moderatie en de mogelijkheid om servers te blokkeren voorkomen dat we een podium bieden aan oproepen tot geweld."),
  "ibd.consideration.public-values-elsa": a("yes", "Het kanaal is gekozen omdat het aansluit bij de publieke waarden en ELSA-principes."),
  "ibd.decision.goals": a(["information", "participation"], "Informeren en laagdrempelig in gesprek gaan."),
  "ibd.decision.explainable": a("yes", "Bereik hangt alleen af van volgers en delen, niet van een algoritme."),
  "ibd.decision.accepted-risks": a(
    "yes",
    "We accepteren bewust het kleine bereik en de afhankelijkheid van de regionale samenwerking; beide staan in de risicoparagraaf.",
  ),
  "ibd.decision.sustainable": a("4", "Open standaard en eigen beheer maken het toekomstbestendig; de beheerlast moet de samenwerking wel blijven dragen."),

  "pw.core.community-oriented": a("4", "De server is bedoeld voor inwoners en organisaties uit de regio."),
  "pw.core.safe-trusted": a("4", "Geen tracking of advertenties, heldere serverregels en eigen moderatie."),
  "pw.core.responsible": a("4", "Ingericht op publieke waarden; het beheer leggen we jaarlijks vast in een verantwoording."),
  "pw.core.diverse": a("unknown", "Over de samenstelling van de volgers hebben we bewust geen gegevens."),
  "pw.core.ecosystem": a("5", "Via ActivityPub verbonden met duizenden andere servers en diensten."),
  "pw.core.sovereign": a("5", "Beheerd door de vier gemeenten samen, gehost bij een Nederlandse partij."),
  "pw.value.autonomy": a("5", "Inwoners kiezen zelf server en app en bepalen zelf hun tijdlijn."),
  "pw.value.openness": a("5", "Open source software en een open protocol."),
  "pw.value.transparency": a("4", "Werking en serverregels zijn openbaar; moderatiebesluiten publiceren we."),
  "pw.value.sovereignty": a("5", "Gegevens staan in Nederland en de gemeenten beheren de server zelf."),
  "pw.value.people-first": a("4", "Geen advertenties en geen ontwerp dat aandacht vasthoudt."),
  "pw.value.sustainability": a("4", "Een kleine server met beperkt energiegebruik, gehost in een datacentrum met groene stroom."),

  "vng.baseline.safe-presence": a("4", "Eigen regels en moderatie maken het een veilige plek; incidenten handelen we binnen een werkdag af."),
  "vng.baseline.equal-voice": a("5", "Geen betaald bereik, geen algoritme: iedere stem telt even zwaar."),
  "vng.baseline.free-presence": a("yes", "Aanmelden is gratis, op onze server of op elke andere Mastodon-server."),
  "vng.baseline.dialogue": a("4", "Gesprekken zijn inhoudelijk; we merken wel dat de groep nog klein en weinig divers is."),
  "vng.baseline.moderation": a("yes", "We modereren zelf en kunnen berichten, accounts en hele servers direct weren."),
  "vng.goals.fit": a("4", "Past goed bij informeren en dialoog; voor dienstverlening verwijzen we naar de website."),
  "vng.goals.audience-reach": a(
    "2",
    "Het bereik is klein (circa 900 volgers), al is het in een jaar meer dan verdubbeld.",
    "Statistieken gezamenlijke Mastodon-server, jaaroverzicht 2025 (zaaknummer 2026-0118)",
  ),
  "vng.goals.reach-dependence": a("1", "Geen algoritme: wie ons volgt, ziet alles."),
  "vng.costs.staff": a(3, "Berichten plaatsen en ons deel van de gezamenlijke moderatie; beheer van de server zit in de ICT-samenwerking."),
  "vng.costs.paid-promotion": a("no", "Betaald bereik bestaat op Mastodon niet."),
  "vng.costs.hidden-costs": a(
    "yes",
    "Hosting (€ 1.800 per jaar, gedeeld) en beheeruren staan in de begroting van de regionale samenwerking; gegevens van inwoners worden niet verhandeld.",
  ),
  "vng.costs.exit-cost": a(
    "Gering: accountmigratie kost enkele uren; bij stoppen van de server circa 24 uur voor export en afbouw, gedeeld met de buurgemeenten.",
  ),
  "vng.law.dpia": a(
    "yes",
    "Samen met de buurgemeenten is in 2025 een DPIA uitgevoerd op de gezamenlijke server.",
    "DPIA gezamenlijke Mastodon-server regio (2025), zaaknummer 2025-0644",
  ),
  "vng.law.dpia-risks": a(
    "yes",
    "De DPIA vond geen hoge restrisico's; de aandachtspunten (bewaartermijn logbestanden, federatie met andere servers) zijn opgelost.",
    "DPIA gezamenlijke Mastodon-server, paragraaf 7 'Maatregelen' (zaaknummer 2025-0644)",
  ),
  "vng.law.personal-data": a(
    "yes",
    "De verwerking staat in het verwerkingsregister; de gemeenten zijn gezamenlijk verwerkingsverantwoordelijk volgens een regeling, de hostingpartij is verwerker.",
    "Verwerkingsregister VR-140; regeling gezamenlijke verwerkingsverantwoordelijkheid (zaaknummer 2025-0645)",
  ),
  "vng.law.eu-transfer": a(
    "yes",
    "De server staat in Nederland; gegevens gaan alleen naar andere servers als inwoners die zelf volgen, en dat staat in de privacyverklaring.",
    "Verwerkersovereenkomst hostingpartij (zaaknummer 2025-0646), artikel 5 'Locatie'",
  ),
  "vng.law.archiving": a(
    "partly",
    "Onze eigen berichten archiveren we automatisch via de RSS-feed; reacties van inwoners nog niet, dat zoeken we uit met de archiefinspecteur.",
  ),
  "vng.revenue.model": a("public-or-donations", "De server wordt betaald door de samenwerkende gemeenten; Mastodon zelf draait op donaties."),
  "vng.revenue.profiling": a("1", "Er is geen profilering: geen advertenties en geen aanbevelingsalgoritme."),
  "vng.revenue.engagement": a("1", "Er is geen mechanisme dat veel reacties beloont."),
  "vng.revenue.public-interest": a("5", "De server is ingericht vanuit het publiek belang en niet commercieel."),
  "vng.interop.open-protocol": a("yes", "ActivityPub: inwoners volgen ons vanaf elke Mastodon-server of andere Fediverse-dienst."),
  "vng.interop.open-source": a("yes", "Mastodon is open source (AGPL)."),
  "vng.interop.data-export": a("yes", "Berichten, volgers en lijsten zijn te exporteren en volgers verhuizen mee naar een nieuwe server."),
  "vng.interop.self-host": a("yes", "De server draait in eigen beheer bij een Nederlandse hostingpartij naar keuze."),
  "vng.interop.read-without-account": a("yes", "Het profiel en alle openbare berichten zijn zonder account te lezen, ook via RSS."),
};

/* ------------------------------------------------------------------------------------------ */
/* Own channels (website, app, newsletter)                                                      */
/* ------------------------------------------------------------------------------------------ */

const ownProfile: Answers = {
  "plan.alternatives.same-information": a("yes", "Alle informatie is ook telefonisch en aan de balie beschikbaar; bekendmakingen staan daarnaast op officielebekendmakingen.nl."),
  "plan.exit.triggers": a(
    "Het contract met de leverancier eindigt of de leverancier kan beveiliging, toegankelijkheid of beschikbaarheid niet meer waarborgen; de gemeente kiest voor een ander eigen kanaal dat dezelfde functie beter vervult.",
  ),
  "plan.exit.steps": a(
    "1. De afdeling Informatievoorziening bereidt een aanbesteding of migratie voor. 2. Inhoud en gegevens worden gemigreerd naar het nieuwe systeem. 3. Het oude systeem blijft drie maanden parallel draaien met een verwijzing. Verantwoordelijk: teamleider Communicatie (inhoud) en CIO (techniek).",
  ),
  "plan.exit.followers": a(
    "Inhoud, adressen en instellingen staan in open formaten en gaan mee naar het nieuwe systeem; inwoners merken alleen een nieuwe vormgeving of een nieuwe app in de appstore.",
  ),
  "plan.exit.deadline": a("2028-12-31", "Einddatum van de huidige contractperiode; daarna besluiten we bij de nieuwe aanbesteding opnieuw."),
  "plan.moderation.plan": a(
    "yes",
    "Reacties en vragen lopen via webformulieren naar het KCC; de werkinstructie legt reactietermijnen en doorzetting naar vakafdelingen vast.",
    "Werkinstructie KCC digitale kanalen (2025), zaaknummer 2025-0702",
  ),
  "plan.moderation.vulnerable": a(
    "yes",
    "Vragen over zorg, schulden en veiligheid leiden we direct naar het sociaal wijkteam; dat staat in de werkinstructie van het KCC.",
  ),
  "plan.crisis.explanation": a(
    "Eigen kanalen zijn in het crisiscommunicatieplan primaire kanalen naast NL-Alert en de lokale omroep. De website heeft een lichte crisispagina die ook onder hoge belasting blijft werken; app en nieuwsbrief verwijzen daarnaar.",
  ),
  "plan.inclusion.languages": a("yes", "Belangrijke informatie is beschikbaar in het Engels, Pools, Turks en Arabisch, vertaald door een vertaalbureau."),
  "plan.inclusion.accessibility": a("yes", "Getoetst aan WCAG 2.1 AA; de toegankelijkheidsverklaring staat in het register van DigiToegankelijk."),

  "basis.equal-safe": a("5", "Er is geen openbare reactieruimte waar inwoners elkaar kunnen beschimpen."),
  "basis.equal-voice": a("5", "Iedere inwoner krijgt dezelfde informatie; er is geen betaald bereik."),
  "basis.core-values": a("3", "Het kanaal is vooral eenrichtingsverkeer; voor gesprek verwijzen we naar participatie via OpenStad en bijeenkomsten."),
  "basis.threat.polarising-content": a("1", "Er is geen algoritme en geen openbare discussie."),
  "basis.threat.disinformation": a("1", "De gemeente is zelf afzender van alle inhoud; we zijn juist de bron die desinformatie weerlegt."),
  "basis.threat.aggression-office-holders": a("1", "Er is geen openbare reactiemogelijkheid; agressieve berichten via formulieren handelt het KCC af volgens protocol."),
  "basis.threat.mental-health": a("1", "Geen verslavend ontwerp: inwoners komen langs voor informatie en gaan weer."),
  "basis.threat.vulnerable-groups": a("1", "Er is geen contact tussen gebruikers onderling."),
  "basis.threat.monopoly": a("1", "Het is een eigen kanaal; leveranciers zijn vervangbaar via aanbesteding."),
  "basis.threat.revenue-model": a("1", "Betaald uit de gemeentebegroting; er is geen verdienmodel."),
  "basis.threat.paid-reach": a("1", "We betalen niet voor bereik; vindbaarheid komt van zoekmachines en verwijzingen."),
  "basis.threat.public-private-space": a("1", "Een publiek kanaal, volledig onder regie van de gemeente."),

  "elsa.platform-explainable": a("yes", "Het is ons eigen kanaal; we kunnen precies uitleggen hoe het werkt."),
  "elsa.why-see": a("yes", "Iedereen ziet dezelfde inhoud; er is geen personalisatie."),
  "elsa.no-filter": a("yes", "Er is geen algoritmisch filter."),
  "elsa.central-values": a(
    ["transparency", "sovereignty", "inclusion", "privacy", "explainability"],
    "Een eigen kanaal geeft ons de regie over inhoud, toegankelijkheid en gegevens.",
  ),
  "elsa.explainable-controllable-leavable": a("yes", "In eigen beheer, uitlegbaar en met open formaten te migreren."),
  "elsa.participation-black-box": a("yes", "Participatie via de website loopt via OpenStad; de uitkomsten publiceren we volledig."),

  "ibd.consideration.exit-strategy": a("yes", "Migratie is geregeld in het contract (exitclausule en open formaten)."),
  "ibd.consideration.stochastic-threat": a("yes", "Er is geen openbare reactieruimte en we noemen geen medewerkers bij naam."),
  "ibd.consideration.public-values-elsa": a("yes", "Eigen kanalen zijn ingericht volgens de principes van de digitale agenda van de gemeente."),
  "ibd.decision.explainable": a("yes", "Er is geen algoritme; bereik komt van inwoners die ons zelf opzoeken of zich aanmelden."),
  "ibd.decision.accepted-risks": a("yes", "De resterende risico's (afhankelijkheid van leveranciers, beperkt bereik) staan in de risicoparagraaf en zijn geaccepteerd."),
  "ibd.decision.sustainable": a("5", "Eigen beheer, open standaarden en Nederlandse hosting maken het kanaal juridisch en technisch houdbaar."),

  "pw.core.community-oriented": a("3", "Gericht op alle inwoners, maar vooral eenrichtingsverkeer."),
  "pw.core.safe-trusted": a("5", "Geen tracking, geen advertenties en beveiligd volgens de BIO."),
  "pw.core.responsible": a("5", "Ontworpen vanuit publieke waarden en getoetst op toegankelijkheid en privacy."),
  "pw.core.diverse": a("4", "Bedoeld voor alle inwoners, ook in andere talen en toegankelijk voor mensen met een beperking."),
  "pw.core.ecosystem": a("4", "Gekoppeld aan landelijke voorzieningen (DigiD, MijnOverheid) en open data."),
  "pw.core.sovereign": a("5", "De gemeente beheert het kanaal zelf, gehost in Nederland."),
  "pw.value.autonomy": a("5", "Inwoners kiezen zelf wat ze lezen; er is geen personalisatie."),
  "pw.value.openness": a("4", "Gebouwd op open standaarden; niet alle software is open source."),
  "pw.value.transparency": a("5", "Werking, gegevensgebruik en statistieken zijn openbaar."),
  "pw.value.sovereignty": a("5", "Gegevens staan in Nederland en de gemeente heeft volledige zeggenschap."),
  "pw.value.people-first": a("5", "Ingericht op de vraag van inwoners, getest met inwoners."),
  "pw.value.sustainability": a("unknown", "Het energiegebruik van hosting en verzending hebben we nog niet gemeten; dat staat op de planning voor 2026."),

  "vng.baseline.safe-presence": a("5", "Er is geen openbare reactieruimte; inwoners kunnen er veilig informatie vinden."),
  "vng.baseline.equal-voice": a("5", "Iedereen krijgt dezelfde informatie, niemand betaalt voor voorrang."),
  "vng.baseline.free-presence": a("yes", "Gratis en zonder account te gebruiken."),
  "vng.baseline.dialogue": a("3", "Het kanaal ondersteunt vooral informeren; voor dialoog verwijzen we naar participatietrajecten."),
  "vng.baseline.moderation": a("yes", "Er is geen openbare reactiemogelijkheid; berichten via formulieren komen alleen bij het KCC binnen."),
  "vng.goals.reach-dependence": a("1", "Het bereik hangt niet af van een platform; alleen zoekmachines spelen een rol in de vindbaarheid."),
  "vng.costs.paid-promotion": a("no", "We betalen niet voor bereik."),
  "vng.costs.hidden-costs": a("yes", "Licentie-, hosting- en beheerkosten staan volledig in de begroting; gegevens van inwoners worden niet gedeeld of verhandeld."),
  "vng.costs.exit-cost": a(
    "Een migratie naar een nieuwe leverancier kost naar schatting € 40.000 tot € 60.000 en drie maanden projecttijd; inhoud en gegevens gaan in open formaten mee.",
  ),
  "vng.law.archiving": a("yes", "Alle gepubliceerde versies worden automatisch gearchiveerd en zijn terug te vinden voor Woo-verzoeken."),
  "vng.revenue.model": a("public-or-donations", "Betaald uit de gemeentebegroting."),
  "vng.revenue.profiling": a("1", "Er is geen profilering."),
  "vng.revenue.engagement": a("1", "Er is geen mechanisme dat reacties of aandacht beloont."),
  "vng.revenue.public-interest": a("5", "Het kanaal bestaat alleen voor het publiek belang."),
  "vng.interop.open-protocol": a("yes", "Gebouwd op open webstandaarden; nieuws is ook via RSS te volgen."),
  "vng.interop.data-export": a("yes", "Alle inhoud en gegevens zijn in open formaten te exporteren; dat staat in het contract."),
  "vng.interop.self-host": a("yes", "De gemeente kiest de hostingpartij; de huidige hosting staat in Nederland."),
  "vng.interop.read-without-account": a("yes", "Alle informatie is zonder account te lezen."),
};

const websiteAnswers: Answers = {
  "plan.goals.goals": a(["information", "service", "participation"], "Informatie, digitale dienstverlening (aanvragen, afspraken) en participatie via OpenStad."),
  "plan.goals.audiences": a(
    ["general-public", "low-literacy", "disability", "non-dutch-readers", "entrepreneurs"],
    "De website is het hoofdkanaal voor iedereen; daarom toetsen we op B1, toegankelijkheid en vertalingen.",
  ),
  "plan.goals.reach": a(45000, "Unieke bezoekers per maand in 2025 volgens onze eigen (cookievrije) statistieken."),
  "plan.alternatives.channels": a(
    ["municipal-app", "newsletter", "counter", "door-to-door-mail", "local-radio"],
    "De website is het hoofdkanaal; voor wie niet online is, blijven balie, post en lokale omroep.",
  ),
  "plan.crisis.fallback": a(
    ["nl-alert", "local-radio", "door-to-door-mail"],
    "Als de website zelf uitvalt, vallen we terug op NL-Alert, de lokale omroep en bij langdurige uitval een huis-aan-huisbrief.",
  ),
  "plan.inclusion.languages": a(
    "yes",
    "De belangrijkste onderwerpen (afval, paspoort, toeslagen, crisis) zijn beschikbaar in het Engels, Pools, Turks en Arabisch; vertaald door een vertaalbureau, niet automatisch.",
  ),
  "plan.inclusion.accessibility": a(
    "yes",
    "In 2025 volledig getoetst aan WCAG 2.1 AA (status A in het register); we herstellen bevindingen binnen drie maanden.",
  ),
  "ibd.decision.goals": a(["information", "service", "participation"], "De website is het hoofdkanaal voor alle drie de doelen."),
  "vng.goals.fit": a("5", "Het kanaal is ingericht op precies onze doelen: informeren, dienstverlening en participatie."),
  "vng.goals.audience-reach": a(
    "4",
    "We bereiken de meeste doelgroepen; jongeren bezoeken de website vooral bij een concrete vraag.",
    "Webstatistieken 2025 en gebruikersonderzoek website (zaaknummer 2025-1034)",
  ),
  "vng.costs.staff": a(40, "Webredactie (1 fte) inclusief toegankelijkheid en vertalingen."),
  "vng.law.dpia": a(
    "yes",
    "Er is een DPIA uitgevoerd op de website inclusief formulieren en statistieken; de statistiekentool draait zelf gehost en cookievrij.",
    "DPIA website en e-formulieren (2024), zaaknummer 2024-0518",
  ),
  "vng.law.dpia-risks": a(
    "yes",
    "De risico's uit de DPIA (bewaartermijn formulieren, logbestanden) zijn met maatregelen tot een aanvaardbaar niveau teruggebracht.",
    "DPIA website en e-formulieren, paragraaf 8 'Restrisico's' (zaaknummer 2024-0518)",
  ),
  "vng.law.personal-data": a(
    "yes",
    "Per formulier staat in het verwerkingsregister welke gegevens we verwerken, met de grondslag en de verwerker.",
    "Verwerkingsregister VR-010 tot VR-034 (e-formulieren)",
  ),
  "vng.law.eu-transfer": a(
    "yes",
    "Hosting en statistieken staan in Nederland; er zijn geen externe scripts of trackers van partijen buiten de EU.",
    "Verwerkersovereenkomst webhosting (zaaknummer 2024-0519); scan externe verbindingen januari 2026",
  ),
  "vng.interop.open-source": a("yes", "Het CMS is open source (Drupal), gebouwd volgens de NL Design System-componenten."),
  "pw.value.openness": a("5", "Open source CMS en componenten van NL Design System."),
};

const appAnswers: Answers = {
  "plan.goals.goals": a(["information", "service"], "Pushberichten over afval, werkzaamheden en storingen en melden van openbare ruimte."),
  "plan.goals.audiences": a(["general-public", "young-people"], "De app wordt vooral gebruikt door inwoners tussen 25 en 45 jaar."),
  "plan.goals.reach": a(8000, "Actieve gebruikers per maand volgens het beheerportaal van de leverancier."),
  "plan.alternatives.channels": a(
    ["municipal-website", "newsletter", "counter"],
    "Alles in de app staat ook op de website; melden kan ook telefonisch en aan de balie.",
  ),
  "plan.inclusion.languages": a("partly", "De app is Nederlands en Engels; de andere talen bieden we via links naar de website."),
  "plan.inclusion.accessibility": a(
    "yes",
    "De nieuwe versie van 2025 is getoetst aan WCAG 2.1 AA; de bevindingen uit het onderzoek zijn opgelost.",
  ),
  "ibd.decision.goals": a(["information", "service"], "Informeren met pushberichten en melden van openbare ruimte."),
  "vng.goals.fit": a("4", "Sterk voor meldingen en pushberichten; voor uitgebreide informatie verwijst de app naar de website."),
  "vng.goals.audience-reach": a(
    "3",
    "Jongere gezinnen bereiken we goed, ouderen nauwelijks; het aantal downloads groeit langzaam.",
    "Gebruiksrapportage app 2025 van de leverancier (zaaknummer 2026-0121)",
  ),
  "vng.costs.staff": a(16, "Pushberichten, afhandeling van meldingen (deels) en het beheer van de inhoud."),
  "vng.law.dpia": a(
    "yes",
    "Voor de app met meldfunctie en pushberichten is in 2025 een DPIA uitgevoerd.",
    "DPIA gemeente-app Voorbeeldstad (2025), zaaknummer 2025-0389",
  ),
  "vng.law.dpia-risks": a(
    "yes",
    "De risico's (locatiegegevens bij meldingen, foto's met persoonsgegevens) zijn teruggebracht: locatie alleen bij een melding, foto's na afhandeling verwijderd.",
    "DPIA gemeente-app, paragraaf 6 'Maatregelen' (zaaknummer 2025-0389)",
  ),
  "vng.law.personal-data": a(
    "yes",
    "De verwerkingen (meldingen, pushtokens) staan in het verwerkingsregister; de leverancier is verwerker met een verwerkersovereenkomst.",
    "Verwerkingsregister VR-087; verwerkersovereenkomst app-leverancier (zaaknummer 2025-0390)",
  ),
  "vng.law.eu-transfer": a(
    "partly",
    "De app en de gegevens staan in Nederland, maar pushberichten lopen via de diensten van Apple en Google; die verwerken het pushtoken mogelijk buiten de EU.",
    "DPIA gemeente-app, paragraaf 4.2 'Pushberichten' (zaaknummer 2025-0389)",
  ),
  "vng.interop.open-protocol": a("partly", "De inhoud komt uit open feeds van de website, maar de app zelf is alleen via de appstores te installeren."),
  "vng.interop.open-source": a("no", "De app is een product van een Nederlandse leverancier en niet open source."),
  "vng.interop.self-host": a("partly", "De leverancier host in Nederland; een andere hostingpartij kiezen kan pas bij een nieuwe aanbesteding."),
  "vng.interop.read-without-account": a("yes", "Nieuws en informatie zijn zonder account te lezen; alleen voor het volgen van een melding is een e-mailadres nodig."),
  "pw.core.sovereign": a("4", "In beheer van de gemeente via een Nederlandse leverancier; de distributie loopt via de appstores van Apple en Google."),
  "pw.value.sovereignty": a("4", "Gegevens staan in Nederland, maar installatie en pushberichten zijn afhankelijk van Apple en Google."),
  "pw.value.openness": a("3", "Gebruikt open feeds, maar de software is gesloten."),
};

const newsletterAnswers: Answers = {
  "plan.goals.goals": a(["information"], "Wekelijks nieuws, bekendmakingen in de buurt en een ondernemersrubriek."),
  "plan.goals.audiences": a(["entrepreneurs", "elderly"], "Vooral ondernemers (aparte editie) en oudere inwoners lezen de nieuwsbrief."),
  "plan.goals.reach": a(5200, "Aantal abonnees begin 2026 (beide edities samen)."),
  "plan.alternatives.channels": a(
    ["municipal-website", "municipal-app", "door-to-door-mail"],
    "Dezelfde berichten staan op de website en in de app; bekendmakingen ook in de huis-aan-huiskrant.",
  ),
  "plan.moderation.plan": a(
    "yes",
    "Lezers kunnen alleen reageren per e-mail; het KCC beantwoordt reacties volgens de werkinstructie binnen vijf werkdagen.",
    "Werkinstructie KCC digitale kanalen (2025), zaaknummer 2025-0702",
  ),
  "plan.inclusion.languages": a("partly", "De nieuwsbrief is in het Nederlands; belangrijke berichten linken naar de vertaalde pagina's op de website."),
  "plan.inclusion.accessibility": a(
    "partly",
    "Het sjabloon is getest met schermlezers; oudere PDF-bijlagen zijn nog niet allemaal toegankelijk.",
  ),
  "basis.core-values": a("3", "Eenrichtingsverkeer, wel met ruimte om per e-mail te reageren."),
  "ibd.decision.goals": a(["information"], "Alleen informeren."),
  "vng.goals.fit": a("4", "Past goed bij informeren; minder geschikt voor snelle berichten tijdens een crisis."),
  "vng.goals.audience-reach": a(
    "3",
    "Ondernemers en ouderen bereiken we goed (openingsratio 52%), maar het totale aantal abonnees is beperkt.",
    "Rapportage nieuwsbrief 2025 uit de verzendsoftware (zaaknummer 2026-0124)",
  ),
  "vng.goals.measurement": a(
    "partly",
    "We meten het aantal abonnees en kliks op links; het openingspercentage meten we bewust niet meer (geen trackingpixel), dus het bereik is een schatting.",
  ),
  "vng.costs.staff": a(6, "Samenstellen van twee edities per week."),
  "vng.law.dpia": a(
    "yes",
    "De pre-scan DPIA gaf geen hoog risico; een volledige DPIA was daarom niet nodig. Er is een verwerkersovereenkomst met de Nederlandse verzenddienst.",
    "Pre-scan DPIA nieuwsbrief (2024), zaaknummer 2024-0611",
  ),
  "vng.law.dpia-risks": a(
    "yes",
    "Er waren geen hoge risico's; de aandachtspunten (dubbele opt-in, bewaartermijn na afmelden) zijn doorgevoerd.",
    "Pre-scan DPIA nieuwsbrief, conclusie (zaaknummer 2024-0611)",
  ),
  "vng.law.personal-data": a(
    "yes",
    "We verwerken alleen e-mailadres en gekozen onderwerpen; dat staat in het verwerkingsregister en in de privacyverklaring.",
    "Verwerkingsregister VR-095 'Nieuwsbrieven'",
  ),
  "vng.law.eu-transfer": a(
    "yes",
    "De verzenddienst verwerkt alle gegevens in Nederland; subverwerkers buiten de EU zijn uitgesloten in de verwerkersovereenkomst.",
    "Verwerkersovereenkomst verzenddienst (zaaknummer 2024-0612), bijlage subverwerkers",
  ),
  "vng.interop.open-source": a("no", "De verzendsoftware is een Nederlandse SaaS-dienst en niet open source."),
  "vng.interop.self-host": a("partly", "We kiezen zelf de verzenddienst en die staat in Nederland, maar zelf hosten doen we niet."),
  "vng.interop.read-without-account": a("yes", "Elke nieuwsbrief staat ook in het webarchief op voorbeeldstad.nl, zonder aanmelding te lezen."),
  "pw.value.openness": a("3", "E-mail is een open standaard, maar de verzendsoftware is gesloten."),
  "pw.core.community-oriented": a("3", "De ondernemerseditie heeft een eigen rubriek voor lokale ondernemers; verder eenrichtingsverkeer."),
};

/* ------------------------------------------------------------------------------------------ */
/* Assembled answers                                                                            */
/* ------------------------------------------------------------------------------------------ */

export const demoAnswers: Record<DemoChannel, Record<string, DemoAnswer>> = {
  facebook: qualify({ ...commonAnswers, ...commercialProfile, ...facebookAnswers }),
  tiktok: qualify({ ...commonAnswers, ...commercialProfile, ...tiktokAnswers }),
  x: qualify({ ...commonAnswers, ...commercialProfile, ...xAnswers }),
  mastodon: qualify({ ...commonAnswers, ...mastodonAnswers }),
  "municipal-website": qualify({ ...commonAnswers, ...ownProfile, ...websiteAnswers }),
  "municipal-app": qualify({ ...commonAnswers, ...ownProfile, ...appAnswers }),
  newsletter: qualify({ ...commonAnswers, ...ownProfile, ...newsletterAnswers }),
};

/* ------------------------------------------------------------------------------------------ */
/* Risks                                                                                        */
/* ------------------------------------------------------------------------------------------ */

export type DemoRisk = {
  familyId: string;
  title: string;
  description: string;
  likelihood: 1 | 2 | 3 | 4 | 5;
  impact: 1 | 2 | 3 | 4 | 5;
  measures: string;
  /** Owner of the risk family in content/risk-families.yaml. */
  ownerRole: "privacy" | "ciso" | "advisor";
};

export const demoRisks: Record<DemoChannel, DemoRisk[]> = {
  facebook: [
    {
      familyId: "risk.processing-outside-eu",
      title: "Doorgifte van gegevens van inwoners naar de VS",
      description: "Meta verwerkt gegevens van bezoekers van onze pagina in de VS; de grondslag (Data Privacy Framework) kan net als eerdere regelingen door het Europese Hof worden vernietigd.",
      likelihood: 4,
      impact: 4,
      measures: "Geen persoonsgegevens vragen via de pagina; persoonlijke vragen direct naar telefoon of balie; privacyverklaring aangevuld; jaarlijkse herbeoordeling door de privacy officer.",
      ownerRole: "privacy",
    },
    {
      familyId: "risk.algorithmic-influence",
      title: "Bereik afhankelijk van het algoritme van Meta",
      description: "Het algoritme bepaalt welke inwoners onze berichten zien; wijzigingen kunnen het bereik van belangrijke informatie plotseling halveren.",
      likelihood: 4,
      impact: 3,
      measures: "Niets exclusief op Facebook plaatsen; kernboodschappen ook via website, app en nieuwsbrief; bereik elk kwartaal monitoren.",
      ownerRole: "advisor",
    },
    {
      familyId: "risk.aggression-office-holders",
      title: "Online agressie tegen wethouders en medewerkers",
      description: "Rond het azc-besluit in 2025 kregen wethouders en webredacteuren onder berichten bedreigende reacties met naam en toenaam.",
      likelihood: 3,
      impact: 4,
      measures: "Moderatie binnen één werkdag, reacties uit bij gevoelige besluiten, protocol agressie en geweld ook online, nazorg via de vertrouwenspersoon.",
      ownerRole: "ciso",
    },
  ],
  tiktok: [
    {
      familyId: "risk.processing-outside-eu",
      title: "Mogelijke toegang tot gegevens vanuit China",
      description: "TikTok erkent dat medewerkers buiten Europa, ook in China, toegang kunnen hebben tot gegevens van Europese gebruikers.",
      likelihood: 4,
      impact: 5,
      measures: "Account alleen beheren op een aparte beheertelefoon zonder toegang tot het gemeentelijk netwerk (Rijksadvies 2023); geen persoonsgegevens vragen; volledige DPIA in 2026.",
      ownerRole: "privacy",
    },
    {
      familyId: "risk.vulnerable-groups",
      title: "Minderjarigen komen via onze video's in een schadelijke feed",
      description: "Jongeren die via onze video's op het platform komen, krijgen daarna inhoud aangeboden die we niet beheersen; leeftijdscontrole is zwak.",
      likelihood: 3,
      impact: 4,
      measures: "Net als Utrecht geen campagnes gericht op jongeren onder de 18; geen privégesprekken met jongeren; verwijzen naar jongerenwerk en website.",
      ownerRole: "advisor",
    },
    {
      familyId: "risk.mental-health",
      title: "Bijdragen aan verslavend gebruik",
      description: "Door op TikTok aanwezig te zijn, maakt de gemeente het platform normaler voor jonge inwoners, terwijl het ontwerp gericht is op zo lang mogelijk kijken.",
      likelihood: 3,
      impact: 3,
      measures: "Beperkt aantal video's (twee per week), altijd met verwijzing naar de website; jaarlijkse evaluatie met het jongerenwerk.",
      ownerRole: "advisor",
    },
  ],
  x: [
    {
      familyId: "risk.polarisation",
      title: "Berichten van de gemeente in een polariserende omgeving",
      description: "Onze berichten verschijnen tussen polariserende inhoud die het platform voorrang geeft; dat schaadt het vertrouwen in de gemeente als betrouwbare bron.",
      likelihood: 4,
      impact: 3,
      measures: "Alleen nog doorverwijzingen plaatsen, reacties beperken tot accounts die we volgen, afbouw voor 31 maart 2027.",
      ownerRole: "advisor",
    },
    {
      familyId: "risk.disinformation",
      title: "Desinformatie over gemeentelijke besluiten blijft staan",
      description: "Onjuiste berichten over besluiten van de gemeente verspreiden zich op X sneller dan onze correcties en het platform grijpt nauwelijks in.",
      likelihood: 4,
      impact: 3,
      measures: "Feitenpagina op voorbeeldstad.nl bij gevoelige besluiten; correcties via alle kanalen; contact met de regionale pers.",
      ownerRole: "advisor",
    },
  ],
  mastodon: [
    {
      familyId: "risk.crisis-unavailability",
      title: "Server onbereikbaar door storing of overbelasting",
      description: "De gezamenlijke server is klein; bij een storing of een piek tijdens een crisis kan hij onbereikbaar zijn.",
      likelihood: 2,
      impact: 2,
      measures: "Beheer- en storingsafspraken in de samenwerkingsovereenkomst; Mastodon is geen primair crisiskanaal (NL-Alert, lokale omroep en website wel).",
      ownerRole: "ciso",
    },
    {
      familyId: "risk.hybrid-threats",
      title: "Kwetsbaarheden in zelfbeheerde software",
      description: "Omdat we de server zelf beheren, moeten we beveiligingsupdates zelf tijdig installeren; een gemiste update kan misbruikt worden.",
      likelihood: 2,
      impact: 3,
      measures: "Updates binnen 72 uur door de ICT-samenwerking, monitoring door de hostingpartij, jaarlijkse pentest.",
      ownerRole: "ciso",
    },
  ],
  "municipal-website": [
    {
      familyId: "risk.crisis-unavailability",
      title: "Website onbereikbaar tijdens een crisis",
      description: "Bij een crisis of een DDoS-aanval kan de website door drukte of een aanval onbereikbaar worden, juist wanneer inwoners informatie zoeken.",
      likelihood: 2,
      impact: 4,
      measures: "Lichte crisispagina bij een tweede hostingpartij, DDoS-bescherming via de hostingpartij, terugvallen op NL-Alert en lokale omroep.",
      ownerRole: "ciso",
    },
  ],
  "municipal-app": [
    {
      familyId: "risk.monopoly",
      title: "Afhankelijk van de appstores van Apple en Google",
      description: "De app is alleen via de appstores te installeren en pushberichten lopen via Apple en Google; zij kunnen voorwaarden eenzijdig wijzigen.",
      likelihood: 2,
      impact: 3,
      measures: "Alle inhoud ook op de website; pushberichten bevatten geen persoonsgegevens; onderzoek naar een webapp als alternatief in 2027.",
      ownerRole: "advisor",
    },
    {
      familyId: "risk.processing-outside-eu",
      title: "Pushtokens verwerkt door Apple en Google",
      description: "Voor pushberichten verwerken Apple en Google een apparaat-ID, mogelijk buiten de EU.",
      likelihood: 3,
      impact: 2,
      measures: "Pushberichten zonder persoonsgegevens of inhoud over persoonlijke zaken; beschreven in de DPIA en de privacyverklaring.",
      ownerRole: "privacy",
    },
  ],
  newsletter: [
    {
      familyId: "risk.encryption-retention",
      title: "Adressenlijst bij een datalek bij de verzenddienst",
      description: "De lijst met e-mailadressen (ook van ondernemers) staat bij een externe verzenddienst; een lek kan leiden tot phishing uit naam van de gemeente.",
      likelihood: 2,
      impact: 3,
      measures: "Verwerkersovereenkomst met beveiligingseisen, tweefactorauthenticatie voor redacteuren, adressen verwijderd direct na afmelden.",
      ownerRole: "ciso",
    },
  ],
};

/* ------------------------------------------------------------------------------------------ */
/* Last year: what differed                                                                     */
/* ------------------------------------------------------------------------------------------ */

/** Answers that were different in last year's assessment (short keys are qualified on export). */
export const previousYearChanges: Partial<Record<DemoChannel, Record<string, DemoAnswer>>> = {
  facebook: qualify({
    "plan.exit.deadline": a("2027-12-31", "Destijds nog geen aanleiding voor een eerdere einddatum."),
    "vng.law.dpia": a(
      "partly",
      "We steunden op de DPIA van de Rijksoverheid op Facebookpagina's (2022); een eigen DPIA was nog niet uitgevoerd.",
      "DPIA Facebookpagina's Rijksoverheid (2022), samenvatting in zaaknummer 2025-0140",
    ),
    "vng.law.dpia-risks": a(
      "no",
      "De hoge risico's uit de Rijks-DPIA waren niet weggenomen en nog niet door het college afgewogen.",
      "Zaaknummer 2025-0140, advies privacy officer",
    ),
    "vng.law.personal-data": a(
      "no",
      "De Facebookpagina stond nog niet in het verwerkingsregister.",
      "Verwerkingsregister, stand januari 2025",
    ),
    "plan.moderation.vulnerable": a("no", "Er waren geen afspraken over persoonlijke situaties die via de pagina binnenkwamen."),
    "vng.goals.audience-reach": a(
      "4",
      "Bij 45-plussers haalden we ons bereikdoel; 35% van de volgers was ouder dan 55.",
      "Kwartaalrapportage bereik Q4 2024, Meta Business Suite (zaaknummer 2025-0102)",
    ),
    "plan.goals.reach": a(21000, "Gemiddeld maandelijks bereik van de pagina in 2024."),
  }),
  tiktok: qualify({
    "vng.law.dpia": a(
      "no",
      "Er was nog geen DPIA of pre-scan; we volgden alleen het Rijksadvies over werktelefoons.",
      "Notitie privacy officer TikTok (zaaknummer 2025-0112)",
    ),
    "plan.moderation.vulnerable": a("partly", "Afspraken over contact met jongeren waren mondeling gemaakt, maar niet vastgelegd in het moderatieplan."),
    "plan.goals.reach": a(4500, "Gemiddeld aantal unieke kijkers per maand in 2024."),
  }),
  mastodon: qualify({
    "plan.goals.reach": a(400, "Aantal volgers plus bezoekers van het profiel per maand in 2024, kort na de start van de server."),
    "vng.goals.audience-reach": a(
      "1",
      "Het bereik was nog zeer klein: de server draaide pas sinds het voorjaar van 2024.",
      "Statistieken gezamenlijke Mastodon-server 2024 (zaaknummer 2025-0109)",
    ),
    "plan.moderation.plan": a(
      "partly",
      "De moderatie van de gezamenlijke server was nog niet vastgelegd in een bijlage bij het moderatieplan.",
      "Concept samenwerkingsafspraken Mastodon-server (zaaknummer 2024-0877)",
    ),
    "vng.law.dpia": a(
      "partly",
      "De gezamenlijke DPIA liep nog; er lag een pre-scan zonder hoge risico's.",
      "Pre-scan DPIA Mastodon-server (zaaknummer 2024-0880)",
    ),
    "vng.law.dpia-risks": a(
      "unknown",
      "Zolang de DPIA niet af was, konden we dat niet vaststellen.",
      "Pre-scan DPIA Mastodon-server (zaaknummer 2024-0880)",
    ),
  }),
  "municipal-website": qualify({
    "plan.inclusion.accessibility": a("partly", "Bij de toets van 2024 waren er nog bevindingen in formulieren en PDF's open (status B in het register)."),
    "plan.goals.reach": a(43000, "Unieke bezoekers per maand in 2024."),
  }),
  "municipal-app": qualify({
    "plan.inclusion.accessibility": a("partly", "De oude versie van de app voldeed niet aan WCAG 2.1 AA; de nieuwe versie was in ontwikkeling."),
    "plan.goals.reach": a(6500, "Actieve gebruikers per maand in 2024."),
  }),
  newsletter: qualify({
    "plan.goals.reach": a(4100, "Aantal abonnees begin 2025."),
    "vng.goals.measurement": a("yes", "We maten abonnees, openingen en kliks; de trackingpixel voor openingen is in 2025 afgeschaft."),
  }),
};

/**
 * How last year's risks differed: risks added this year (`addedThisYear`, by family id) and
 * scores that were different (`changed`, by family id).
 */
export const previousYearRisks: Partial<
  Record<DemoChannel, { addedThisYear?: string[]; changed?: Record<string, Partial<Pick<DemoRisk, "likelihood" | "impact" | "measures">>> }>
> = {
  facebook: {
    addedThisYear: ["risk.aggression-office-holders"],
    changed: { "risk.processing-outside-eu": { likelihood: 5, measures: "Geen persoonsgegevens vragen via de pagina." } },
  },
  tiktok: { changed: { "risk.vulnerable-groups": { likelihood: 4, measures: "Geen campagnes gericht op jongeren onder de 18." } } },
  mastodon: { addedThisYear: ["risk.hybrid-threats"], changed: { "risk.crisis-unavailability": { likelihood: 3 } } },
  "municipal-app": { addedThisYear: ["risk.monopoly"] },
};

/** Last year's answers for a channel: this year's, with the changes of `previousYearChanges`. */
export function previousYearAnswers(channel: DemoChannel): Record<string, DemoAnswer> {
  return { ...demoAnswers[channel], ...(previousYearChanges[channel] ?? {}) };
}

/** Last year's risks for a channel, derived from this year's with `previousYearRisks`. */
export function previousYearRiskList(channel: DemoChannel): DemoRisk[] {
  const rules = previousYearRisks[channel] ?? {};
  return demoRisks[channel]
    .filter((risk) => !(rules.addedThisYear ?? []).includes(risk.familyId))
    .map((risk) => ({ ...risk, ...(rules.changed?.[risk.familyId] ?? {}) }));
}
