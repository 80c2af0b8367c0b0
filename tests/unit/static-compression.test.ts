import fs from "node:fs";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptsBrotli, createStaticCompression, staticFileOf } from "@/lib/server/http/static-compression";

describe("static compression: which requests may get brotli", () => {
  it.each([
    ["gzip, deflate, br, zstd", true],
    ["br", true],
    ["gzip, br;q=0.5", true],
    ["gzip, deflate", false],
    ["br;q=0", false],
    ["identity", false],
    ["", false],
  ])("Accept-Encoding %j → %s", (header, expected) => {
    expect(acceptsBrotli(header)).toBe(expected);
  });

  it("names only .js and .css files inside the static folder, for GET and HEAD", () => {
    const root = path.resolve("/srv/app/.next/static");
    expect(staticFileOf({ method: "GET", url: "/_next/static/chunks/a1.js" }, root)).toBe(path.join(root, "chunks/a1.js"));
    expect(staticFileOf({ method: "HEAD", url: "/_next/static/chunks/b.css?dpl=x" }, root)).toBe(path.join(root, "chunks/b.css"));
    for (const url of [
      "/_next/static/../../server.js",
      "/_next/static/chunks/%2e%2e/%2e%2e/x.js",
      "/_next/static/chunks/..%2f..%2fx.js",
      "/_next/static/chunks/%ff.js",
      "/_next/static/chunks/a%00.js",
      "/_next/static/chunks\\..\\x.js",
      "/_next/static/media/font.woff2",
      "/_next/static//a.js",
      "/chunks/a.js",
      "/api/v1/health.js",
    ]) {
      expect(staticFileOf({ method: "GET", url }, root), url).toBeNull();
    }
    expect(staticFileOf({ method: "POST", url: "/_next/static/chunks/a1.js" }, root)).toBeNull();
  });
});

describe("static compression: answers", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vl-static-"));
  const script = "export const greeting = 'Guten Tag';\n".repeat(400);
  fs.mkdirSync(path.join(dir, "chunks"));
  fs.writeFileSync(path.join(dir, "chunks", "app.js"), script);
  const compression = createStaticCompression({ staticDir: dir });
  let server: http.Server;
  let base = "";
  const passedOn: string[] = [];

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      void compression.handle(request, response, async (req: IncomingMessage, res: ServerResponse) => {
        passedOn.push(req.url ?? "");
        res.writeHead(200, { "content-type": "text/plain" });
        res.end("from next");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding: string) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get(`${base}${url}`, { headers: { "accept-encoding": acceptEncoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on("error", reject);
    });

  it("hands the first request to Next.js, then answers the same file in brotli with its type and immutable caching", async () => {
    const first = await get("/_next/static/chunks/app.js", "gzip, br");
    expect(first.body.toString()).toBe("from next");
    await compression.settled();
    const second = await get("/_next/static/chunks/app.js", "gzip, br");
    expect(second.status).toBe(200);
    expect(second.headers["content-encoding"]).toBe("br");
    expect(second.headers["content-type"]).toBe("application/javascript; charset=UTF-8");
    expect(second.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(second.headers.vary).toBe("Accept-Encoding");
    expect(zlib.brotliDecompressSync(second.body).toString()).toBe(script);
    expect(second.body.length).toBeLessThan(zlib.gzipSync(script).length);
  });

  it("leaves a client without brotli, a missing file and another path to Next.js", async () => {
    passedOn.length = 0;
    expect((await get("/_next/static/chunks/app.js", "gzip")).body.toString()).toBe("from next");
    expect((await get("/_next/static/chunks/missing.js", "br")).body.toString()).toBe("from next");
    await compression.settled();
    expect((await get("/_next/static/chunks/missing.js", "br")).body.toString()).toBe("from next");
    expect((await get("/wissen", "br")).body.toString()).toBe("from next");
    expect(passedOn).toEqual(["/_next/static/chunks/app.js", "/_next/static/chunks/missing.js", "/_next/static/chunks/missing.js", "/wissen"]);
  });
});
