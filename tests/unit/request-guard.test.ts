import { describe, expect, it } from "vitest";
import { GUARD_RESPONSE_HEADERS, MAX_URL_LENGTH, requestProblem } from "@/lib/server/http/request-guard";

const get = (url: string) => requestProblem({ method: "GET", url, headers: {} });
const post = (url: string, headers: Record<string, string>) => requestProblem({ method: "POST", url, headers });

describe("request guard (before the Next.js router)", () => {
  it.each([
    ["/api/v1/municipalities/%ff", /Prozent-Kodierung/],
    ["/gemeinde/05766024%ff", /Prozent-Kodierung/],
    ["/gemeinde/%e4", /Prozent-Kodierung/],
    ["/gemeinde/%", /Prozent-Kodierung/],
    ["/api/v1/organisations/%00", /Steuerzeichen/],
    ["/gemeinden?q=%00", /Steuerzeichen/],
    ["/gemeinden?q=%ff", /Prozent-Kodierung/],
    [`/gemeinde/${"a".repeat(MAX_URL_LENGTH)}`, /zu lang/],
    ["http://evil.example/", /ungültig/],
  ])("refuses %s", (url, message) => {
    expect(get(url)).toMatch(message);
  });

  it.each(["/", "/gemeinde/05766024", "/gemeinden?q=D%C3%B6rentrup", "/gemeinden?q=a+b%0Ac", "/api/v1/municipalities?q=%F0%9F%98%80", "/wissen/ma%C3%9Fnahmen"])(
    "lets %s through",
    (url) => {
      expect(get(url)).toBeNull();
    },
  );

  it("refuses bodies a page never accepts, and lets server-action forms and API bodies through", () => {
    expect(post("/gemeinden", { "content-type": "application/json" })).toMatch(/nur Formulare/);
    expect(post("/gemeinden", { "content-type": "multipart/form-data" })).toMatch(/boundary/);
    expect(post("/gemeinden", { "content-type": "multipart/form-data; boundary=x", "next-action": "'; drop" })).toMatch(/unbekannt/);
    expect(requestProblem({ method: "PUT", url: "/gemeinden", headers: {} })).toMatch(/GET- und POST/);
    expect(post("/gemeinden", { "content-type": "multipart/form-data; boundary=----abc" })).toBeNull();
    expect(post("/", { "content-type": "text/plain;charset=UTF-8", "next-action": "a".repeat(42) })).toBeNull();
    expect(post("/api/v1/recommendations", { "content-type": "multipart/form-data" })).toBeNull();
  });

  it("answers with the security headers of every response", () => {
    expect(GUARD_RESPONSE_HEADERS["X-Content-Type-Options"]).toBe("nosniff");
    expect(GUARD_RESPONSE_HEADERS["X-Frame-Options"]).toBe("DENY");
    expect(GUARD_RESPONSE_HEADERS["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
  });
});

describe("server actions the build does not have", () => {
  const form = (action: string) => ({ method: "POST", url: "/wissen/quellen", headers: { "content-type": "application/x-www-form-urlencoded", "next-action": action } });
  const known = new Set(["40d8460149a3ef8882bdac0586b76a0ecc93a99548"]);

  it("an action id of this build passes", () => {
    expect(requestProblem(form("40d8460149a3ef8882bdac0586b76a0ecc93a99548"), known)).toBeNull();
  });

  it("an unknown id of the right shape is refused with 400 instead of a 500 inside Next.js", () => {
    expect(requestProblem(form("000000000000000000000000000000000000000000"), known)).toMatch(/Formular-Aktion ist unbekannt/);
  });

  it("without a readable manifest only the shape is checked", () => {
    expect(requestProblem(form("000000000000000000000000000000000000000000"), null)).toBeNull();
  });
});
