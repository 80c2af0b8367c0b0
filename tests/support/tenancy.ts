import type { Auth } from "@/lib/server/auth/auth";
import { CLIENT_IP_HEADER, markClientIpHeaderTrusted } from "@/lib/server/http/client-ip";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedKnowledge } from "@/prisma/seed/knowledge";

/** Test fixtures for accounts and tenancy: a small territory, users with real Better Auth sessions, API requests. */
export const ORIGIN = "http://localhost:3000";
export const DOERENTRUP = "05766024";
export const EXTERTAL = "05766020";
export const LIPPE = "05766";

process.env.BETTER_AUTH_SECRET ??= "test-secret-for-integration-tests-0123456789";
// As under server.ts: the client address comes from CLIENT_IP_HEADER (set by the server; X-Forwarded-For is not
// believed). Each fixture sign-up gets an address of its own, so the per-address sign-up limit stays out of the way.
markClientIpHeaderTrusted();

/** Nordrhein-Westfalen › Lippe › Dörentrup and Extertal (enough for organisations and assessments), plus the knowledge snapshot. */
export async function seedTerritory(prisma: PrismaClient): Promise<void> {
  const referenceDate = new Date("2024-12-31");
  await prisma.land.create({ data: { code: "05", name: "Nordrhein-Westfalen", seat: "Düsseldorf", referenceDate } });
  await prisma.kreis.create({ data: { key: LIPPE, name: "Lippe", seat: "Detmold", typeCode: 44, landCode: "05", referenceDate } });
  for (const [ags, name, verband] of [
    [DOERENTRUP, "Dörentrup", "057660024"],
    [EXTERTAL, "Extertal", "057660020"],
  ] as const) {
    await prisma.gemeindeverband.create({ data: { key: verband, name, seat: name, typeCode: 50, kreisKey: LIPPE, referenceDate } });
    await prisma.municipality.create({
      data: {
        ags,
        name,
        officialName: name,
        searchName: name.toLowerCase(),
        typeCode: 64,
        population: 7660,
        populationMale: 3800,
        areaHectares: 4000,
        referenceDate,
        landCode: "05",
        kreisKey: LIPPE,
        verbandKey: verband,
      },
    });
  }
  // The knowledge snapshot, as every installation has it (saving an assessment records its result and version).
  await seedKnowledge(prisma);
}

function cookieOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** Signs a user up through Better Auth's handler and returns the session cookie and user id. */
export async function signUp(auth: Auth, email: string, name = email.split("@")[0]!): Promise<{ cookie: string; userId: string }> {
  const response = await auth.handler(
    new Request(`${ORIGIN}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, [CLIENT_IP_HEADER]: `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.1` },
      body: JSON.stringify({ email, password: "ein-langes-passwort", name }),
    }),
  );
  if (response.status !== 200) throw new Error(`sign-up ${email}: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { user: { id: string } };
  return { cookie: cookieOf(response), userId: body.user.id };
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls a route module's handler the way Next.js does: a Request plus the params promise. */
export async function call(
  handler: unknown,
  method: string,
  path: string,
  params: Record<string, string>,
  options: { cookie?: string; body?: unknown; origin?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = { origin: options.origin ?? ORIGIN };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const request = new Request(`${ORIGIN}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return (handler as Handler)(request, { params: Promise.resolve(params) });
}

/** Every tenant table: what a refused or read-only request must leave unchanged. */
const TENANT_TABLES = [
  "Organisation",
  "Membership",
  "Invitation",
  "CountyAccessGrant",
  "Assessment",
  "Provider",
  "Doctor",
  "Scenario",
  "AuditLog",
  "Workshop",
  "WorkshopBlock",
  "ActionPlan",
  "ActionPlanItem",
  "ActionPlanItemStatusChange",
  "PlanningArea",
  "PlanningAreaTown",
  "CuratedVersion",
] as const;

/**
 * A fingerprint of every tenant table — row count and a digest of every row's full text, in one query — as JSON
 * keyed by table, so equal snapshots mean nothing changed and a failed comparison names the table that did. (One
 * statement instead of a read of every row through the client per table: the authorisation matrix takes two
 * snapshots in each of its ~900 cases.)
 */
export async function snapshotTenantData(prisma: PrismaClient): Promise<string> {
  const columns = TENANT_TABLES.map(
    (table) => `(SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM "${table}" t) AS "${table}"`,
  );
  const [row] = await prisma.$queryRawUnsafe<Record<(typeof TENANT_TABLES)[number], string>[]>(`SELECT ${columns.join(", ")}`);
  return JSON.stringify(row);
}
