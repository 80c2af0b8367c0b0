/**
 * CSRF protection for our own mutation route handlers (Better Auth checks its endpoints itself; server actions have
 * Next.js's origin check). A browser sends `Origin` (or at least `Sec-Fetch-Site`) on every cross-site POST, PUT,
 * PATCH and DELETE; a request from another site is refused. Requests without either header come from non-browser
 * clients, which cannot ride on a victim's cookies.
 */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isCrossSiteMutation(request: Request, appUrl: string | undefined = process.env.APP_URL): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const origin = request.headers.get("origin");
  if (origin) {
    const allowed = new Set([new URL(request.url).origin]);
    const host = request.headers.get("host");
    if (host) {
      allowed.add(`http://${host}`);
      allowed.add(`https://${host}`);
    }
    if (appUrl) allowed.add(new URL(appUrl).origin);
    return !allowed.has(origin);
  }
  const site = request.headers.get("sec-fetch-site");
  return site !== null && site !== "same-origin" && site !== "none";
}

/**
 * The app's public origin for links (invitations): APP_URL when set, else the origin the browser used (Host
 * header), which behind the custom server differs from `request.url` (that says localhost).
 */
export function publicOrigin(request: Request, appUrl: string | undefined = process.env.APP_URL): string {
  if (appUrl) return new URL(appUrl).origin;
  const host = request.headers.get("host");
  const url = new URL(request.url);
  return host ? `${url.protocol}//${host}` : url.origin;
}
