import { BlockConfigSchema } from "@/lib/schemas/workshop";

/**
 * Turns a plain form post (no JavaScript) into an answer object for parseAnswer: field names per block type —
 * ratings `r:<key>`, choice `choice`, multiple `choices`, scale/consensus `value`, dots `d:<key>`, ranking `rank:<n>`,
 * weighting `p:<key>`, open text `text`. Empty fields are left out; parseAnswer then checks the rule.
 */
export function answerFromForm(rawConfig: unknown, form: FormData): unknown {
  const config = BlockConfigSchema.parse(rawConfig);
  const int = (v: FormDataEntryValue | null) => (v === null || v === "" ? null : Number(v));
  switch (config.type) {
    case "ratings": {
      const ratings: Record<string, number | "unknown"> = {};
      for (const c of config.categories) {
        const v = form.get(`r:${c.key}`);
        if (v === "unknown") ratings[c.key] = "unknown";
        else if (v) ratings[c.key] = Number(v);
      }
      return { type: "ratings", ratings };
    }
    case "singleChoice":
      return { type: "singleChoice", choice: String(form.get("choice") ?? "") };
    case "multipleChoice":
      return { type: "multipleChoice", choices: form.getAll("choices").map(String) };
    case "scale":
    case "consensus":
      return { type: config.type, value: int(form.get("value")) };
    case "dotVote":
      return { type: "dotVote", dots: Object.fromEntries(config.options.map((o) => [o.key, int(form.get(`d:${o.key}`)) ?? 0])) };
    case "ranking": {
      const order: string[] = [];
      for (let i = 1; i <= config.options.length; i++) {
        const v = form.get(`rank:${i}`);
        if (v) order.push(String(v));
      }
      return { type: "ranking", order };
    }
    case "weighting":
      return { type: "weighting", points: Object.fromEntries(config.options.map((o) => [o.key, int(form.get(`p:${o.key}`)) ?? 0])) };
    case "ideas":
    case "openText":
      return { type: "openText", text: String(form.get("text") ?? "") };
  }
}
