import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { issuesOf } from "@/lib/domain/zod-german";
import { CreateOrganisationSchema, CreateInvitationSchema, SaveAssessmentSchema, UpdateOrganisationSchema, AddMemberSchema } from "./tenant";
import { DuplicateScenarioSchema, UpdateScenarioSchema } from "./scenario";
import { ProviderSchema } from "./provider";
import { ProvidersCsvImportSchema, UpdateProviderSchema } from "./provider-api";

/**
 * Outside input is parsed strictly (issue 13): a body with a misspelled or unknown field is refused, and the message
 * names the field, instead of the field being dropped and the request "succeeding" without it.
 */
const provider = { kind: "gp-practice", name: "Praxis am Markt", street: "Marktstraße 1", postcode: "32694", city: "Dörentrup", doctors: [] };

const cases: Array<[string, z.ZodType, Record<string, unknown>]> = [
  ["create organisation", CreateOrganisationSchema, { kind: "TOWN", ags: "05766024" }],
  ["rename organisation", UpdateOrganisationSchema, { name: "Gemeinde Dörentrup" }],
  ["add member", AddMemberSchema, { email: "a@b.de", role: "EDITOR" }],
  ["invitation", CreateInvitationSchema, { role: "VIEWER" }],
  ["save assessment", SaveAssessmentSchema, { answers: { town: { name: "Dörentrup" } }, version: 0 }],
  ["duplicate scenario", DuplicateScenarioSchema, { name: "Netzwerk" }],
  ["rename scenario", UpdateScenarioSchema, { version: 1, name: "Netzwerk" }],
  ["new provider", ProviderSchema, provider],
  ["a provider's doctor", ProviderSchema, { ...provider, doctors: [{ birthYear: 1961, employment: "licensed", licence: "full" }] }],
  ["change provider", UpdateProviderSchema, { version: 1, name: "Praxis am Markt" }],
  ["CSV import", ProvidersCsvImportSchema, { csv: "Nr;Name", mode: "preview" }],
];

describe("request bodies refuse an unknown field and name it", () => {
  it.each(cases)("%s: accepted as sent, refused with one more field", (_label, schema, body) => {
    expect(schema.safeParse(body).success).toBe(true);
    const misspelled = Array.isArray(body.doctors) && body.doctors.length > 0 ? { ...body, doctors: [{ ...(body.doctors[0] as object), nmae: "Tippfehler" }] } : { ...body, nmae: "Tippfehler" };
    const result = schema.safeParse(misspelled);
    expect(result.success).toBe(false);
    const issues = issuesOf(result.error!);
    expect(issues.some((issue) => issue.message.includes("nmae")), JSON.stringify(issues)).toBe(true);
  });
});
