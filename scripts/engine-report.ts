/**
 * npm run engine:report — sensitivity of the rule set on the validation set (tests/fixtures/engine-situations.ts)
 * and the eight source towns: for each score rule, how many situations change their first model when the rule is
 * removed or its weight halved, and how many then miss their expectation; for each knock-out and PORT criterion,
 * the same when it is removed. Rules that decide nothing (0 changes) or almost everything (> a third of the
 * situations) are marked as suspects. Plain text on stdout; no database.
 */
import { CARRIER_MODEL_IDS } from "../lib/domain/ids";
import { knowledgeFromFiles } from "../lib/knowledge/snapshot-files";
import type { RuleSet } from "../lib/domain/recommendation/rule-set";
import { AssessmentInputSchema, type AssessmentInput } from "../lib/domain/assessment/input";
import { recommend } from "../lib/domain/recommendation/engine";
import { assessmentQuestionsOf } from "../lib/domain/assessment/questions";
import { SOURCE_TOWNS } from "../lib/domain/recommendation/source-towns";
import { SITUATIONS } from "../tests/fixtures/engine-situations";

interface Case {
  id: string;
  input: AssessmentInput;
  accepts: (top: string | null, port: string, excluded: Set<string>) => boolean;
}

const K = knowledgeFromFiles();
const QUESTIONS = assessmentQuestionsOf(K.questionCatalogue);
const cases: Case[] = [
  ...SITUATIONS.map((s) => ({
    id: s.id,
    input: AssessmentInputSchema.parse({ ...s.answers, town: { name: s.id, ...(s.answers.town ?? {}) } }),
    accepts: (top: string | null, port: string, excluded: Set<string>) =>
      (s.first as (string | null)[]).includes(top) && (s.port as string[]).includes(port) && (s.excluded ?? []).every((m) => excluded.has(m)),
  })),
  ...SOURCE_TOWNS.map((t) => ({
    id: `quelle:${t.slug}`,
    input: AssessmentInputSchema.parse(t.input),
    accepts: (top: string | null, port: string) => top === t.expectedTop && (port === "fits") === t.expectedPort,
  })),
];

function evaluate(ruleSet: RuleSet) {
  return cases.map((c) => {
    const r = recommend(c.input, ruleSet, [], QUESTIONS, { whatWouldChange: false });
    const excluded = new Set(r.ranking.filter((m) => m.excluded).map((m) => m.model as string));
    const fired = new Set([...r.ranking.flatMap((m) => m.contributions.map((x) => x.ruleId)), ...r.knockOuts.map((k) => k.ruleId)]);
    for (const cr of r.port.criteria) if (cr.status === "met") fired.add(cr.id);
    return { top: r.top, port: r.port.fit, excluded: [...excluded].sort().join(","), fired, ok: c.accepts(r.top, r.port.fit, excluded) };
  });
}

const baseline = evaluate(K.ruleSet);
const passed = baseline.filter((b) => b.ok).length;

function compare(variant: RuleSet) {
  const res = evaluate(variant);
  let changed = 0;
  let failing = 0;
  const names: string[] = [];
  res.forEach((r, i) => {
    if (r.top !== baseline[i]!.top || r.port !== baseline[i]!.port || r.excluded !== baseline[i]!.excluded) {
      changed++;
      if (names.length < 3) names.push(cases[i]!.id);
    }
    if (!r.ok) failing++;
  });
  return { changed, failing, names };
}

const suspectAbove = Math.ceil(cases.length / 3);
const rows: string[][] = [];
let silent = 0;
let dominant = 0;
function row(kind: string, id: string, removed: ReturnType<typeof compare>, halved: ReturnType<typeof compare> | null) {
  const mark = removed.changed === 0 && (halved?.changed ?? 0) === 0 ? "entscheidet nichts" : removed.changed > suspectAbove ? "entscheidet fast alles" : "";
  if (mark === "entscheidet nichts") silent++;
  if (mark === "entscheidet fast alles") dominant++;
  const fires = baseline.filter((b) => b.fired.has(id)).length;
  rows.push([kind, id, String(fires), String(removed.changed), String(removed.failing), halved ? String(halved.changed) : "–", halved ? String(halved.failing) : "–", mark, removed.names.join(", ")]);
}

for (const rule of K.ruleSet.scoreRules) {
  const removed = compare({ ...K.ruleSet, scoreRules: K.ruleSet.scoreRules.filter((r) => r !== rule) });
  const halvedEffects = Object.fromEntries(Object.entries(rule.effects).map(([m, p]) => [m, (p ?? 0) / 2]));
  const halved = compare({ ...K.ruleSet, scoreRules: K.ruleSet.scoreRules.map((r) => (r === rule ? { ...r, effects: halvedEffects } : r)) });
  row("Regel", rule.id, removed, halved);
}
for (const ko of K.ruleSet.knockOuts) row("K.-o.", ko.id, compare({ ...K.ruleSet, knockOuts: K.ruleSet.knockOuts.filter((k) => k !== ko) }), null);
for (const cr of K.ruleSet.port.criteria)
  row("PORT", cr.id, compare({ ...K.ruleSet, port: { ...K.ruleSet.port, criteria: K.ruleSet.port.criteria.filter((x) => x !== cr) } }), compare({
    ...K.ruleSet,
    port: { ...K.ruleSet.port, criteria: K.ruleSet.port.criteria.map((x) => (x === cr ? { ...x, weight: x.weight / 2 } : x)) },
  }));
row(
  "Bonus",
  "low-confidence",
  compare({ ...K.ruleSet, lowConfidence: { ...K.ruleSet.lowConfidence, maxBonus: 0 } }),
  compare({ ...K.ruleSet, lowConfidence: { ...K.ruleSet.lowConfidence, maxBonus: K.ruleSet.lowConfidence.maxBonus / 2 } }),
);

const header = ["Art", "Regel", "greift", "ohne: anders", "ohne: verfehlt", "halb: anders", "halb: verfehlt", "Verdacht", "Beispiele"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => (i >= 2 && i <= 6 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ").trimEnd();

const tops = Object.fromEntries(CARRIER_MODEL_IDS.map((m) => [m, baseline.filter((b) => b.top === m).length]));
console.log(`Regelwerk ${K.ruleSet.version}: ${cases.length} Situationen (${SITUATIONS.length} Validierungsfälle + ${SOURCE_TOWNS.length} Quellorte)`);
console.log(`Erwartung erfüllt: ${passed} von ${cases.length}. Erstes Modell: ${Object.entries(tops).map(([m, n]) => `${m} ${n}`).join(", ")}.`);
console.log(`„greift“ = Situationen, in denen die Regel zutrifft; „anders“ = Situationen, deren erstes Modell, PORT-Urteil oder Ausschlüsse sich ändern;`);
console.log(`„verfehlt“ = danach nicht mehr erfüllte Erwartungen (Basis: ${cases.length - passed} verfehlt).`);
console.log(`Verdacht: „entscheidet nichts“ (0 Änderungen), „entscheidet fast alles“ (> ${suspectAbove} Änderungen).\n`);
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const r of rows) console.log(line(r));
const never = rows.filter((r) => r[2] === "0").length;
console.log(`\n${rows.length} Regeln geprüft: ${silent} entscheiden allein in dieser Fallsammlung nichts (davon ${never} greifen nie), ${dominant} fast alles.`);
