import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isProductionDeployment, parseEnv, resolveAuthSecret } from "@/lib/server/config/env";
import { isCrossSiteMutation } from "@/lib/server/api/origin";

const server = { kind: "server" as const, url: "postgresql://db/app" };
const embedded = (dir: string) => ({ kind: "embedded" as const, dataDir: path.join(dir, "pglite") });

describe("production detection and the auth secret", () => {
  it.each([
    [server, {}, true],
    [embedded("/tmp/x"), { NODE_ENV: "production" }, false],
    [embedded("/tmp/x"), { NODE_ENV: "production", APP_ENV: "production" }, true],
    [embedded("/tmp/x"), { NODE_ENV: "development" }, false],
  ] as const)("%o with %o → production %s", (target, env, expected) => {
    expect(isProductionDeployment(target, parseEnv(env))).toBe(expected);
  });

  it("production refuses a missing, default or short secret", () => {
    expect(() => resolveAuthSecret(server, parseEnv({}))).toThrow(/BETTER_AUTH_SECRET fehlt/);
    expect(() => resolveAuthSecret(server, parseEnv({ BETTER_AUTH_SECRET: "changeme" }))).toThrow(/Standardwert/);
    expect(() => resolveAuthSecret(server, parseEnv({ BETTER_AUTH_SECRET: "kurz" }))).toThrow(/32 Zeichen/);
    const good = "x".repeat(40);
    expect(resolveAuthSecret(server, parseEnv({ BETTER_AUTH_SECRET: good }))).toBe(good);
  });

  it("the embedded default generates a secret once and keeps it in data/ with mode 0600", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "secret-"));
    const first = resolveAuthSecret(embedded(dir), parseEnv({}));
    const file = path.join(dir, "auth-secret");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(resolveAuthSecret(embedded(dir), parseEnv({}))).toBe(first);
    expect(first.length).toBeGreaterThanOrEqual(32);
  });
});

describe("cross-site mutation check", () => {
  const request = (method: string, headers: Record<string, string>) => new Request("http://app.test/api/v1/x", { method, headers });
  it.each([
    ["GET", { origin: "https://evil.example" }, false],
    ["POST", { origin: "http://app.test" }, false],
    ["PUT", { origin: "https://evil.example" }, true],
    ["DELETE", { "sec-fetch-site": "cross-site" }, true],
    ["PATCH", { "sec-fetch-site": "same-origin" }, false],
    ["POST", {}, false],
  ] as const)("%s %o → refused %s", (method, headers, refused) => {
    expect(isCrossSiteMutation(request(method, headers), undefined)).toBe(refused);
  });
});

describe("a page on another local port (issue 12, finding 10)", () => {
  it("cannot call our mutation routes with the user's cookies", () => {
    const fromPort = (origin: string) =>
      new Request("http://127.0.0.1:3000/api/v1/organisations", { method: "POST", headers: { origin, host: "127.0.0.1:3000" } });
    expect(isCrossSiteMutation(fromPort("http://127.0.0.1:4000"), undefined)).toBe(true);
    expect(isCrossSiteMutation(fromPort("http://localhost:3000"), undefined)).toBe(true);
    expect(isCrossSiteMutation(fromPort("http://127.0.0.1:3000"), undefined)).toBe(false);
  });
});
