import { unsafeTextProblem } from "@/lib/domain/text";
import { BlockConfigSchema } from "@/lib/domain/schemas/workshop";

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

/** A form post as the participant pages send it, or why it is refused (answered as 415/400, never a 500). */
export type FormPost = { ok: true; form: FormData } | { ok: false; response: Response };

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

/**
 * Reads the body of a participant form post. Another content type → 415; an unreadable body → 400; a field with
 * text the database cannot store (NUL, lone surrogates, control characters; lib/domain/text.ts) → 400. Nothing is
 * stored then.
 */
export async function readFormPost(request: Request): Promise<FormPost> {
  const refuse = (status: number, message: string): FormPost => ({
    ok: false,
    response: new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } }),
  });
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!FORM_TYPES.includes(type)) return refuse(415, "Bitte senden Sie das Formular der Seite (application/x-www-form-urlencoded oder multipart/form-data).");
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse(400, "Das Formular ließ sich nicht lesen. Bitte laden Sie die Seite neu und senden Sie es erneut.");
  }
  for (const [name, value] of form.entries()) {
    const problem = typeof value === "string" ? unsafeTextProblem(value) : null;
    if (problem) return refuse(400, `Das Feld „${name.slice(0, 40)}“ ${problem}`);
  }
  return { ok: true, form };
}
