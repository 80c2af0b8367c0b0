import { describe, expect, it } from "vitest";
import { organisationInUse } from "./organisation-in-use";

const a = { id: "a", name: "Dörentrup" };
const b = { id: "b", name: "Dörentrup (Kopie)" };

describe("organisationInUse: the organisation a page works in is explicit", () => {
  it.each([
    ["no candidate", [], undefined, { kind: "none" }],
    ["one candidate is used", [a], undefined, { kind: "chosen", organisation: a }],
    ["several and none requested: the caller chooses", [a, b], undefined, { kind: "choose", candidates: [a, b] }],
    ["several, one requested", [a, b], "b", { kind: "chosen", organisation: b }],
    ["a requested id that is no candidate is ignored", [a, b], "x", { kind: "choose", candidates: [a, b] }],
    ["a requested foreign id never selects anything", [a], "x", { kind: "chosen", organisation: a }],
    ["the same organisation twice is one candidate", [a, a], undefined, { kind: "chosen", organisation: a }],
  ] as const)("%s", (_, candidates, requested, expected) => {
    expect(organisationInUse([...candidates], requested)).toEqual(expected);
  });
});
