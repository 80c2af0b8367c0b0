import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { callApi, parseEvent, refusalCode } from ".";
import { MunicipalitySearchResponseSchema } from "@/lib/domain/api-contracts";
import { loadSearchContract } from "./search-contract";

function answer(status: number, body: unknown): void {
  vi.stubGlobal("fetch", vi.fn(async () => new Response(body === undefined ? null : typeof body === "string" ? body : JSON.stringify(body), { status, headers: { "content-type": "application/json" } })));
}
afterEach(() => vi.unstubAllGlobals());

const HIT = { ags: "05766024", name: "Dörentrup", officialName: "Dörentrup", population: 7660, kreisName: "Lippe", landName: "Nordrhein-Westfalen" };

describe("callApi: the one typed client of the app's own API", () => {
  it("returns the body parsed with the route's contract", async () => {
    answer(200, { data: [HIT], counties: [], extra: "ignored" });
    const result = await callApi("/api/v1/municipalities?q=d", MunicipalitySearchResponseSchema);
    expect(result).toEqual({ ok: true, status: 200, data: { data: [HIT], counties: [] } });
  });

  it("an answer that breaks the contract is a German error naming the field, not a cast", async () => {
    answer(200, { data: [{ ...HIT, population: "7660" }] });
    const result = await callApi("/api/v1/municipalities?q=d", MunicipalitySearchResponseSchema);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^Die Antwort des Servers hat nicht das erwartete Format \(data\.0\.population: /);
    expect(result.issues[0]?.path).toBe("data.0.population");
  });

  it("a contract loaded on use (the search box on every page) checks the answer the same way", async () => {
    answer(200, { data: [HIT], counties: [] });
    expect(await callApi("/api/v1/municipalities?q=d", loadSearchContract)).toEqual({ ok: true, status: 200, data: { data: [HIT], counties: [] } });
    answer(200, { data: [{ ...HIT, ags: 5766024 }], counties: [] });
    expect(await callApi("/api/v1/municipalities?q=d", loadSearchContract)).toMatchObject({ ok: false, issues: [{ path: "data.0.ags" }] });
  });

  it("a refusal carries the API's German message and field issues", async () => {
    answer(400, { error: { code: "invalid_request", message: "Die Anfrage ist ungültig.", issues: [{ path: "q", message: "Höchstens 100 Zeichen." }] } });
    const result = await callApi("/api/v1/municipalities?q=x", MunicipalitySearchResponseSchema);
    expect(result).toMatchObject({ ok: false, status: 400, message: "Die Anfrage ist ungültig.", issues: [{ path: "q", message: "Höchstens 100 Zeichen." }] });
  });

  it("a refusal that is not our error body, and an answer that is not JSON, say so in German", async () => {
    answer(502, "<html>Bad Gateway</html>");
    expect(await callApi("/x", z.unknown())).toMatchObject({ ok: false, status: 502, message: "Der Server hat die Anfrage abgelehnt (Status 502)." });
    answer(200, "kein json");
    expect(await callApi("/x", z.unknown())).toMatchObject({ ok: false, message: "Die Antwort des Servers ist kein gültiges JSON. Bitte laden Sie die Seite neu." });
  });

  it("no connection is a German message; an abort is rethrown for the caller to ignore", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))));
    expect(await callApi("/x", z.unknown())).toMatchObject({ ok: false, status: 0, message: expect.stringMatching(/^Keine Verbindung zum Server/) });
    const abort = Object.assign(new Error("aborted"), { name: "AbortError" });
    vi.stubGlobal("fetch", vi.fn(async () => Promise.reject(abort)));
    await expect(callApi("/x", z.unknown())).rejects.toBe(abort);
  });

  it("sends JSON with the method and the session cookie; 204 passes an empty body to the contract", async () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal("fetch", fetchMock);
    const result = await callApi("/api/v1/x", z.undefined(), { method: "DELETE", body: { version: 1 } });
    expect(result).toEqual({ ok: true, status: 204, data: undefined });
    expect(fetchMock).toHaveBeenCalledWith("/api/v1/x", expect.objectContaining({ method: "DELETE", body: '{"version":1}', credentials: "same-origin", headers: { "content-type": "application/json" } }));
  });

  it("a server-sent event is parsed with its contract: a broken one is the same German message, not a cast", () => {
    const contract = z.object({ version: z.string(), participants: z.number() });
    expect(parseEvent('{"version":"3.1","participants":4}', contract)).toEqual({ ok: true, status: 200, data: { version: "3.1", participants: 4 } });
    expect(parseEvent('{"version":"3.1","participants":"vier"}', contract)).toMatchObject({ ok: false, message: expect.stringMatching(/^Die Antwort des Servers hat nicht das erwartete Format \(participants: /) });
    expect(parseEvent("{kaputt", contract)).toMatchObject({ ok: false, message: "Die Antwort des Servers ist kein gültiges JSON. Bitte laden Sie die Seite neu." });
  });

  it("a refusal's code: ours inside error, Better Auth's at the top (its body kept as it is)", async () => {
    answer(409, { error: { code: "conflict", message: "Schon vergeben." } });
    expect(refusalCode(await callApi("/api/v1/x", z.unknown()))).toBe("conflict");
    answer(401, { code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" });
    const auth = await callApi("/api/auth/sign-in/email", z.unknown(), { method: "POST", body: {} });
    expect(auth).toMatchObject({ ok: false, status: 401, message: "Der Server hat die Anfrage abgelehnt (Status 401)." });
    expect(refusalCode(auth)).toBe("INVALID_EMAIL_OR_PASSWORD");
  });
});
