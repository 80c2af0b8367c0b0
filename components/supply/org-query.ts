/**
 * The organisation in use on /gemeinde/{ags}/versorgung is part of the page's address (`?org=<id>`, chosen when
 * several of the caller's organisations hold data for the town). Every API call of the page carries it on, so the
 * server never has to infer it. Browser only (event handlers and effects).
 */
export function withOrg(url: string): string {
  const org = typeof window === "undefined" ? null : new URLSearchParams(window.location.search).get("org");
  if (!org) return url;
  return `${url}${url.includes("?") ? "&" : "?"}org=${encodeURIComponent(org)}`;
}
