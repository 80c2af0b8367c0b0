import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/server/config/env";
import { isLoopbackIp, resolveClientIp } from "@/lib/server/http/client-ip";
import { HSTS_VALUE, runtimeSecurityHeaders } from "@/lib/server/http/security-headers";
import { ownHosts } from "@/lib/server/auth/auth";

describe("client address (issue 12, finding 6)", () => {
  it.each([
    ["no proxies configured: X-Forwarded-For is ignored", "203.0.113.7", "1.2.3.4", [], "203.0.113.7"],
    ["peer is not a trusted proxy: ignored", "203.0.113.7", "1.2.3.4", ["127.0.0.1"], "203.0.113.7"],
    ["peer is the trusted proxy: rightmost forwarded address", "127.0.0.1", "9.9.9.9, 1.2.3.4", ["127.0.0.1"], "1.2.3.4"],
    ["two trusted hops are skipped", "10.0.0.5", "9.9.9.9, 1.2.3.4, 10.0.0.9", ["10.0.0.0/24"], "1.2.3.4"],
    ["a client-added leftmost entry does not win", "127.0.0.1", "6.6.6.6, 1.2.3.4", ["127.0.0.1"], "1.2.3.4"],
    ["IPv4-mapped IPv6 peer", "::ffff:127.0.0.1", "1.2.3.4", ["127.0.0.1"], "1.2.3.4"],
    ["malformed forwarded entry: the proxy itself", "127.0.0.1", "kaputt", ["127.0.0.1"], "127.0.0.1"],
    ["trusted proxy without the header: the proxy", "127.0.0.1", undefined, ["127.0.0.1"], "127.0.0.1"],
    ["IPv6 range", "fd00::1", "2001:db8::7", ["fd00::/8"], "2001:db8::7"],
  ] as const)("%s", (_what, peer, forwarded, proxies, expected) => {
    expect(resolveClientIp(peer, forwarded, proxies)).toBe(expected);
  });

  it("rotating X-Forwarded-For from an untrusted client always yields its socket address", () => {
    const seen = new Set(Array.from({ length: 20 }, (_, i) => resolveClientIp("198.51.100.4", `10.0.${i}.1`, ["127.0.0.1"])));
    expect([...seen]).toEqual(["198.51.100.4"]);
  });

  it("knows loopback addresses", () => {
    expect(isLoopbackIp("127.0.0.1")).toBe(true);
    expect(isLoopbackIp("127.3.4.5")).toBe(true);
    expect(isLoopbackIp("::1")).toBe(true);
    expect(isLoopbackIp("10.0.0.1")).toBe(false);
    expect(isLoopbackIp(null)).toBe(false);
  });

  it("TRUSTED_PROXIES is parsed into a list and a bad entry fails with a German message", () => {
    expect(parseEnv({ TRUSTED_PROXIES: "127.0.0.1, 10.0.0.0/8 fd00::/8" }).TRUSTED_PROXIES).toEqual(["127.0.0.1", "10.0.0.0/8", "fd00::/8"]);
    expect(parseEnv({}).TRUSTED_PROXIES).toEqual([]);
    expect(() => parseEnv({ TRUSTED_PROXIES: "127.0.0.1, proxy.intern" })).toThrow(/TRUSTED_PROXIES enthält keine IP-Adresse .*proxy\.intern/);
    expect(() => parseEnv({ TRUSTED_PROXIES: "10.0.0.0/33" })).toThrow(/TRUSTED_PROXIES/);
  });

  it("DEV_MAILBOX is an explicit opt-in", () => {
    expect(parseEnv({}).DEV_MAILBOX).toBe(false);
    expect(parseEnv({ DEV_MAILBOX: "0" }).DEV_MAILBOX).toBe(false);
    expect(parseEnv({ DEV_MAILBOX: "1" }).DEV_MAILBOX).toBe(true);
    expect(() => parseEnv({ DEV_MAILBOX: "ja" })).toThrow(/DEV_MAILBOX/);
  });
});

describe("security headers at run time (issue 12, finding 8)", () => {
  const hsts = (env: Record<string, string>) => runtimeSecurityHeaders(parseEnv(env)).find((h) => h.key === "Strict-Transport-Security")?.value;
  it("sends HSTS when the server is started with an https APP_URL, whatever the build saw", () => {
    expect(hsts({ NODE_ENV: "production", APP_URL: "https://versorgungslotse.example.de" })).toBe(HSTS_VALUE);
    expect(hsts({ NODE_ENV: "production", APP_URL: "http://127.0.0.1:3000" })).toBeUndefined();
    expect(hsts({ NODE_ENV: "production" })).toBeUndefined();
    expect(hsts({ NODE_ENV: "development", APP_URL: "https://versorgungslotse.example.de" })).toBeUndefined();
    expect(runtimeSecurityHeaders(parseEnv({})).map((h) => h.key)).toContain("X-Frame-Options");
  });
});

describe("trusted hosts without APP_URL (issue 12, finding 10)", () => {
  it("are this server's own port on its loopback names (and HOST), never another port", () => {
    expect(ownHosts(parseEnv({ PORT: "3301" }))).toEqual(["127.0.0.1:3301", "localhost:3301", "[::1]:3301"]);
    expect(ownHosts(parseEnv({ PORT: "3000", HOST: "192.168.1.20" }))).toContain("192.168.1.20:3000");
    expect(ownHosts(parseEnv({})).some((h) => h.includes("*"))).toBe(false);
  });
});
