import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getPrisma } from "@/lib/server/db/client";
import { AccessError, loadCaller, type Caller, type TenantContext } from "./guard";
import { getSessionUser } from "./session";

/** The tenant context of a server component or server action (caller null when signed out). */
export async function getPageContext(): Promise<TenantContext> {
  const prisma = await getPrisma();
  const user = await getSessionUser(await headers());
  return { prisma, caller: user ? await loadCaller(prisma, user) : null };
}

/** Like getPageContext, but sends a signed-out visitor to /anmelden and back to `next` afterwards. */
export async function requireSignedInPage(next: string): Promise<TenantContext & { caller: Caller }> {
  const ctx = await getPageContext();
  if (!ctx.caller) redirect(`/anmelden?next=${encodeURIComponent(next)}`);
  return ctx as TenantContext & { caller: Caller };
}

/**
 * Runs a tenant function for a page: 401 → sign-in, 404 → not-found page; 403 returns "forbidden" so the page can
 * say so (the organisation's existence is known to its members anyway).
 */
export async function loadForPage<T>(next: string, load: () => Promise<T>): Promise<T | "forbidden"> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AccessError) {
      if (error.status === 401) redirect(`/anmelden?next=${encodeURIComponent(next)}`);
      if (error.status === 404) notFound();
      return "forbidden";
    }
    // By name, not `instanceof`: TenantNotFoundError lives in lib/server/db/tenant/errors.ts, and db/tenant imports
    // this folder (the guard), so importing the class here would make the folder cycle auth → db/tenant → auth that
    // tests/unit/layers.test.ts refuses (ESLint's layer zones allow it; the cycle check does not). The class sets
    // `name` in its constructor, so the comparison is exact.
    if (error instanceof Error && error.name === "TenantNotFoundError") notFound();
    throw error;
  }
}
