import type { Answer, BlockConfig } from "@/lib/domain/schemas/workshop";

/**
 * Counts from a paper flipchart (mixed rooms, issue 14) as answers, so they are counted by the same aggregation as
 * the phones' answers (the results page, the CSV and the presentation view show one total). Keys per block type:
 * - single/multiple choice: `<option>` → number of people who chose it;
 * - dot vote (ideas, measures): `<option>` → number of dots stuck on it (each dot counts as one paper vote of 1 dot,
 *   so the stacking rule and the budget can never be exceeded by paper);
 * - scale / consensus: `<value>` → number of people with that value;
 * - ratings: `<category>:<value>` (value 1–5 or "unknown") → number of people.
 * Weighting, ranking and open text take no paper counts (product's assumption: a flipchart cannot record them
 * faithfully). Unknown keys are refused by `paperCountProblem` before they are stored.
 */
export const PAPER_BLOCK_TYPES = ["singleChoice", "multipleChoice", "dotVote", "scale", "consensus", "ratings"] as const;

export function acceptsPaperCounts(config: BlockConfig): boolean {
  return (PAPER_BLOCK_TYPES as readonly string[]).includes(config.type);
}

/** The keys a paper form offers for a block, each with its label (in display order). */
export function paperKeys(config: BlockConfig): Array<{ key: string; label: string }> {
  switch (config.type) {
    case "singleChoice":
    case "multipleChoice":
    case "dotVote":
      return config.options.map((o) => ({ key: o.key, label: o.label }));
    case "scale":
      return Array.from({ length: config.max - config.min + 1 }, (_, i) => ({ key: String(config.min + i), label: String(config.min + i) }));
    case "consensus":
      return [1, 2, 3, 4, 5].map((v) => ({ key: String(v), label: String(v) }));
    case "ratings":
      return config.categories.flatMap((c) => [...["1", "2", "3", "4", "5"], ...(config.allowUnknown ? ["unknown"] : [])].map((v) => ({ key: `${c.key}:${v}`, label: `${c.label}: ${v === "unknown" ? "weiß nicht" : v}` })));
    default:
      return [];
  }
}

/** Why these paper counts do not fit the block (German), or null. */
export function paperCountProblem(config: BlockConfig, counts: Readonly<Record<string, number>>): string | null {
  if (!acceptsPaperCounts(config)) return "Für diesen Block lassen sich keine Papierstimmen erfassen.";
  const allowed = new Set(paperKeys(config).map((k) => k.key));
  for (const [key, n] of Object.entries(counts)) {
    if (!allowed.has(key)) return `„${key.slice(0, 40)}“ gehört nicht zu diesem Block.`;
    if (!Number.isInteger(n) || n < 0) return "Papierstimmen sind ganze Zahlen ab 0.";
  }
  return null;
}

/** The paper counts as answers (see the header); counts that do not fit the block are left out. */
export function paperAnswers(config: BlockConfig, counts: Readonly<Record<string, number>> | null | undefined): Answer[] {
  if (!counts || paperCountProblem(config, counts)) return [];
  const out: Answer[] = [];
  const times = (n: number, make: () => Answer) => {
    for (let i = 0; i < n; i++) out.push(make());
  };
  for (const [key, n] of Object.entries(counts)) {
    switch (config.type) {
      case "singleChoice":
        times(n, () => ({ type: "singleChoice", choice: key }));
        break;
      case "multipleChoice":
        times(n, () => ({ type: "multipleChoice", choices: [key] }));
        break;
      case "dotVote":
        times(n, () => ({ type: "dotVote", dots: { [key]: 1 } }));
        break;
      case "scale":
        times(n, () => ({ type: "scale", value: Number(key) }));
        break;
      case "consensus":
        times(n, () => ({ type: "consensus", value: Number(key) }));
        break;
      case "ratings": {
        const [category, value] = key.split(":") as [string, string];
        times(n, () => ({ type: "ratings", ratings: { [category]: value === "unknown" ? "unknown" : Number(value) } }));
        break;
      }
    }
  }
  return out;
}
