import { describe, expect, it } from "vitest";
import { safeNext, signInHref } from "@/lib/domain/auth-links";

describe("safeNext: only a same-origin page of the app is a return address", () => {
  it.each([
    ["/gemeinde/05766024/selbstcheck/ergebnis", "/gemeinde/05766024/selbstcheck/ergebnis"],
    ["/gemeinde/05766024/vergleich?org=abc#szenarien", "/gemeinde/05766024/vergleich?org=abc#szenarien"],
    ["/gemeinde/../organisationen", "/organisationen"],
  ])("%s is followed (as %s)", (input, expected) => {
    expect(safeNext(input)).toBe(expected);
  });

  it.each([
    [undefined],
    [""],
    ["https://evil.example/"],
    ["//evil.example/path"],
    ["/\\evil.example"],
    ["/%0d%0aSet-Cookie:x".replace("%0d%0a", "\r\n")],
    ["javascript:alert(1)"],
    ["gemeinde/05766024"],
    ["/anmelden?next=/anmelden"],
    ["/registrieren"],
    ["/api/v1/organisations"],
    [`/${"a".repeat(2001)}`],
  ])("%j leads to /organisationen", (input) => {
    expect(safeNext(input)).toBe("/organisationen");
  });
});

describe("signInHref", () => {
  it.each([
    ["/gemeinde/05766024/selbstcheck/ergebnis", "/anmelden?next=%2Fgemeinde%2F05766024%2Fselbstcheck%2Fergebnis"],
    ["/organisationen", "/anmelden?next=%2Forganisationen"],
    ["/anmelden", "/anmelden"],
    ["/", "/anmelden"],
    ["https://evil.example/", "/anmelden"],
    [null, "/anmelden"],
  ])("%s → %s", (here, expected) => {
    expect(signInHref(here)).toBe(expected);
  });
});
