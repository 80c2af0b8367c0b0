import crypto from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Database } from "@/lib/server/db/client";
import { insertOrganisation } from "@/lib/server/db/organisation-records";
import type { DatabaseTarget } from "@/lib/server/config/database";
import type { SqlConnection } from "@/lib/server/db/sql";
import { ConfigurationError, isProductionDeployment, parseEnv, resolveAuthSecret } from "@/lib/server/config/env";

/**
 * The demo account of the embedded default (docs/decisions/0004-authentication.md): a demo organisation for
 * Dörentrup (AGS 05766024) and its admin, so the app can be tried at once. Created only on the embedded database;
 * a production start refuses to run while a demo account exists.
 */
export const DEMO_ACCOUNT = {
  email: "demo@versorgungslotse.example",
  password: "Demo-Doerentrup-2026",
  name: "Demo-Verwaltung Dörentrup",
  organisationName: "Gemeinde Dörentrup (Demo)",
  ags: "05766024",
} as const;

/** Whether the start page may name the demo credentials: only on the embedded database. */
export function demoAccountShown(database: Database): boolean {
  return database.target.kind === "embedded";
}

/** Creates the demo admin and organisation once (embedded default only, never in production; needs the register). */
export async function seedDemoAccount(database: Database, log: (message: string) => void = console.log): Promise<void> {
  if (database.target.kind !== "embedded" || isProductionDeployment(database.target, parseEnv())) return;
  const prisma = database.prisma;
  if (await prisma.user.findUnique({ where: { email: DEMO_ACCOUNT.email }, select: { id: true } })) return;
  if (!(await prisma.municipality.findUnique({ where: { ags: DEMO_ACCOUNT.ags }, select: { ags: true } }))) {
    log("Demo-Konto übersprungen: Dörentrup fehlt im Gemeindeverzeichnis.");
    return;
  }
  const userId = crypto.randomUUID();
  const password = await hashPassword(DEMO_ACCOUNT.password);
  await prisma.$transaction(async (tx) => {
    await tx.user.create({
      data: {
        id: userId,
        email: DEMO_ACCOUNT.email,
        name: DEMO_ACCOUNT.name,
        emailVerified: true,
        demo: true,
        accounts: { create: { id: crypto.randomUUID(), accountId: userId, providerId: "credential", password } },
      },
    });
    await insertOrganisation(tx, { kind: "TOWN", name: DEMO_ACCOUNT.organisationName, municipalityAgs: DEMO_ACCOUNT.ags }, [{ userId, role: "ADMIN" }], { id: true });
  });
  log(`Demo-Konto angelegt: ${DEMO_ACCOUNT.email} / ${DEMO_ACCOUNT.password} (nur eingebettete Datenbank).`);
}

/**
 * Refuses a production start (a PostgreSQL server, or NODE_ENV=production with APP_ENV=production) with a missing or
 * default BETTER_AUTH_SECRET or while a demo account exists. On the embedded default it makes sure the generated
 * secret exists (data/auth-secret, mode 0600). The start sequence (lib/server/use-cases/prepare-database.ts) runs the two halves
 * separately: assertStartConfiguration before the database is opened, assertNoDemoAccount before anything is written.
 */
export async function assertAuthReadyToServe(database: Database): Promise<void> {
  assertStartConfiguration(database.target);
  await assertNoDemoAccount(database);
  resolveAuthSecret(database.target, parseEnv());
}

/** The configuration refusals of a production start (secret, APP_URL); reads no database and writes nothing. */
export function assertStartConfiguration(target: DatabaseTarget): void {
  const env = parseEnv();
  if (!isProductionDeployment(target, env)) return;
  resolveAuthSecret(target, env); // throws in production without a real secret; writes nothing there
  if (!env.APP_URL) {
    throw new ConfigurationError(
      "Produktionsstart verweigert: APP_URL fehlt. Setzen Sie die öffentliche Adresse der Anwendung (z. B. https://versorgungslotse.example.de); sie ist der vertrauenswürdige Ursprung für Anmeldungen und steht in Einladungs- und Passwort-Links.",
    );
  }
}

/**
 * Refuses a production start while a demo account exists. Read only, and safe on a database that is not migrated
 * yet (no User table, or one from before the `demo` column: then the demo e-mail address counts), so it can run
 * before the migrations and seeds write anything.
 */
export async function assertNoDemoAccount(database: Database, sql?: SqlConnection): Promise<void> {
  if (!isProductionDeployment(database.target, parseEnv())) return;
  const connection = sql ?? (await database.sql());
  try {
    const columns = await connection.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'User' AND column_name IN ('email', 'demo')`,
    );
    if (columns.length === 0) return;
    const rows = columns.some((c) => c.column_name === "demo")
      ? await connection.query<{ n: number }>(`SELECT count(*)::int AS n FROM "User" WHERE demo = true OR email = $1`, [DEMO_ACCOUNT.email])
      : await connection.query<{ n: number }>(`SELECT count(*)::int AS n FROM "User" WHERE email = $1`, [DEMO_ACCOUNT.email]);
    const demo = rows[0]?.n ?? 0;
    if (demo > 0) {
      throw new ConfigurationError(
        `Produktionsstart verweigert: ${demo} Demo-Konto/-Konten in der Datenbank (${DEMO_ACCOUNT.email}). Löschen Sie es, bevor Sie die Anwendung öffentlich betreiben. Es wurde nichts geändert.`,
      );
    }
  } finally {
    if (!sql && database.target.kind === "server") await connection.close();
  }
}

/** Whether the demo account exists (the start page names it only then, and only on the embedded database). */
export async function demoAccountExists(database: Database): Promise<boolean> {
  return (await database.prisma.user.count({ where: { email: DEMO_ACCOUNT.email, demo: true } })) > 0;
}
