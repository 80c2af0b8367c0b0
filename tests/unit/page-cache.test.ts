import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashBasedPolicy, pageCacheKey, withoutNonces } from "@/lib/server/http/page-cache";

const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers: { accept: "text/html,application/xhtml+xml", ...headers } });

describe("page cache: which requests it answers", () => {
  it("caches the start, knowledge, municipality, county and legal pages per language", () => {
    expect(pageCacheKey(get("/"))).toBe("de /");
    expect(pageCacheKey(get("/wissen/massnahmen"))).toBe("de /wissen/massnahmen");
    expect(pageCacheKey(get("/wissen/faktoren/einzugsgebiet"))).toBe("de /wissen/faktoren/einzugsgebiet");
    expect(pageCacheKey(get("/gemeinde/05766024"))).toBe("de /gemeinde/05766024");
    expect(pageCacheKey(get("/kreis/05766"))).toBe("de /kreis/05766");
    expect(pageCacheKey(get("/impressum", { cookie: "NEXT_LOCALE=en" }))).toBe("en /impressum");
    expect(pageCacheKey(get("/", { cookie: "NEXT_LOCALE=xx" }))).toBe("de /");
  });

  it("never answers a signed-in user, a query, a client-side navigation, a form or another page", () => {
    expect(pageCacheKey(get("/", { cookie: "NEXT_LOCALE=de; vl.session_token=abc" }))).toBeNull();
    expect(pageCacheKey(get("/", { cookie: "anything=1" }))).toBeNull();
    expect(pageCacheKey(get("/wissen/massnahmen?seite=2"))).toBeNull();
    expect(pageCacheKey(get("/", { rsc: "1" }))).toBeNull();
    expect(pageCacheKey(get("/", { "next-router-prefetch": "1" }))).toBeNull();
    expect(pageCacheKey({ method: "POST", url: "/", headers: {} })).toBeNull();
    expect(pageCacheKey(get("/", { accept: "application/json" }))).toBeNull();
    for (const url of ["/gemeinde/05766024/vergleich", "/gemeinde/05766024/massnahmenplan", "/konto", "/organisationen", "/api/health", "/gemeinde/abc"]) {
      expect(pageCacheKey(get(url)), url).toBeNull();
    }
  });
});

describe("page cache: the script policy of a cached page", () => {
  const policy = "default-src 'self'; script-src 'self' 'nonce-abc123' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
  const html = '<html><head><script src="/_next/static/a.js" nonce="abc123" async=""></script></head><body><script nonce="abc123">self.__next_f.push([1,"x"])</script><script>alert(2)</script></body></html>';

  it("allows exactly the page's inline scripts by hash, its own files by origin, and no nonce", () => {
    const result = hashBasedPolicy(policy, html);
    const hash = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
    const scriptSrc = result.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(scriptSrc).toBe(`script-src 'self' ${hash('self.__next_f.push([1,"x"])')} ${hash("alert(2)")}`);
    expect(result).not.toContain("nonce");
    expect(result).not.toContain("'unsafe-inline' 'strict-dynamic'");
    expect(result).toContain("frame-ancestors 'none'");
    expect(result).toContain("style-src 'self' 'unsafe-inline'");
  });

  it("removes the render's nonce from the HTML and leaves the scripts' text alone", () => {
    const out = withoutNonces(html);
    expect(out).not.toContain("nonce=");
    expect(out).toContain('<script src="/_next/static/a.js" async=""></script>');
    expect(out).toContain('<script>self.__next_f.push([1,"x"])</script>');
  });
});
