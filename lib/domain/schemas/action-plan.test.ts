import { describe, expect, it } from "vitest";
import { CreatePlanItemSchema, ReorderPlanSchema, UpdatePlanItemSchema } from "./action-plan";

describe("action plan schemas", () => {
  it("accepts an own item and fills the source", () => {
    const r = CreatePlanItemSchema.parse({ title: " Praxisräume suchen ", ownerText: "Bauamt", dueDate: "2027-06-30", planVersion: 1 });
    expect(r).toMatchObject({ title: "Praxisräume suchen", source: "own", ownerText: "Bauamt" });
  });
  it.each([
    [{ title: "x", planVersion: 1, extra: 1 }, "unknown field"],
    [{ title: "", planVersion: 1 }, "Bitte einen Titel angeben."],
    [{ title: "x", planVersion: 1, startDate: "2027-02-01", dueDate: "2027-01-01" }, "Das Fälligkeitsdatum darf nicht vor dem Beginn liegen."],
    [{ title: "x", planVersion: 1, source: "catalogue" }, "Bitte die Maßnahme aus dem Katalog oder Vorschlag angeben."],
    [{ title: "x", planVersion: 1, dueDate: "30.06.2027" }, "Bitte ein Datum im Format JJJJ-MM-TT angeben."],
  ])("refuses %j", (input, message) => {
    const r = CreatePlanItemSchema.safeParse(input);
    expect(r.success).toBe(false);
    if (message !== "unknown field") expect(r.error?.issues.map((i) => i.message)).toContain(message);
  });
  it("needs the version on updates and reorders", () => {
    expect(UpdatePlanItemSchema.safeParse({ status: "erledigt" }).success).toBe(false);
    expect(UpdatePlanItemSchema.parse({ version: 2, status: "erledigt" }).status).toBe("erledigt");
    expect(ReorderPlanSchema.safeParse({ version: 1, itemIds: [] }).success).toBe(false);
  });
});
