import net from "node:net";
import type { IncomingMessage } from "node:http";

/**
 * The client address of a request, decided once in the server (server.ts) from the TCP peer — never from a header
 * the client chose. X-Forwarded-For is believed only when the peer is a configured reverse proxy (TRUSTED_PROXIES,
 * lib/server/config/env.ts); then the chain is walked from the right past every trusted hop, and the first untrusted address is
 * the client. The result goes into CLIENT_IP_HEADER (any incoming value of that header is dropped first), which
 * Better Auth's rate limits and the development mailbox read. docs/security-auth.md.
 */
export const CLIENT_IP_HEADER = "x-vl-client-ip";

const MARK = Symbol.for("versorgungslotse.clientIpHeader");
type GlobalWithMark = typeof globalThis & { [MARK]?: boolean };

/** Called by server.ts: from now on CLIENT_IP_HEADER on a request was set by this process, not by the client. */
export function markClientIpHeaderTrusted(trusted = true): void {
  (globalThis as GlobalWithMark)[MARK] = trusted;
}

/** Whether this process's server sets CLIENT_IP_HEADER itself (false under `next dev`: the header is then ignored). */
export function clientIpHeaderTrusted(): boolean {
  return (globalThis as GlobalWithMark)[MARK] === true;
}

/** "::ffff:127.0.0.1" → "127.0.0.1"; anything that is not an IP → null. */
export function normaliseIp(value: string | undefined | null): string | null {
  if (!value) return null;
  let ip = value.trim();
  if (ip.startsWith("[") && ip.endsWith("]")) ip = ip.slice(1, -1);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) ip = mapped[1]!;
  return net.isIP(ip) === 0 ? null : ip.toLowerCase();
}

/** A BlockList of the trusted proxies (entries already validated by lib/server/config/env.ts). */
export function proxyList(entries: readonly string[]): net.BlockList {
  const list = new net.BlockList();
  for (const entry of entries) {
    const [address, prefix] = entry.split("/");
    const ip = normaliseIp(address);
    if (!ip) continue;
    const type = net.isIP(ip) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(ip, type);
    else list.addSubnet(ip, Number(prefix), type);
  }
  return list;
}

function isTrusted(list: net.BlockList, ip: string): boolean {
  return list.check(ip, net.isIP(ip) === 6 ? "ipv6" : "ipv4");
}

/**
 * The client address: the socket peer, unless the peer is a trusted proxy — then the rightmost address of
 * X-Forwarded-For that is not itself a trusted proxy (a malformed entry stops the walk at the last trusted hop).
 */
export function resolveClientIp(remoteAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies: readonly string[]): string | null {
  const peer = normaliseIp(remoteAddress);
  if (!peer || trustedProxies.length === 0) return peer;
  const list = proxyList(trustedProxies);
  if (!isTrusted(list, peer)) return peer;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  let client = peer;
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = normaliseIp(chain[i]);
    if (!hop) break;
    client = hop;
    if (!isTrusted(list, hop)) break;
  }
  return client;
}

/** server.ts, for every request: drop a client-sent CLIENT_IP_HEADER and set the address decided above. */
export function applyClientIp(request: IncomingMessage, trustedProxies: readonly string[]): void {
  delete request.headers[CLIENT_IP_HEADER];
  const ip = resolveClientIp(request.socket.remoteAddress, request.headers["x-forwarded-for"], trustedProxies);
  if (ip) request.headers[CLIENT_IP_HEADER] = ip;
}

/** The client address of a request as the server decided it, or null (unknown, or not set by our server). */
export function clientIpOf(headers: Headers): string | null {
  if (!clientIpHeaderTrusted()) return null;
  return normaliseIp(headers.get(CLIENT_IP_HEADER));
}

export function isLoopbackIp(ip: string | null): boolean {
  if (!ip) return false;
  return ip === "::1" || /^127\.\d+\.\d+\.\d+$/.test(ip);
}
