import crypto from "node:crypto";
import { NextResponse } from "next/server";
import { ZodError, type z } from "zod";
import { AccessError, loadCaller, type Caller, type TenantContext } from "@/lib/server/auth/guard";
import { getSessionUser } from "@/lib/server/auth/session";
import { getPrisma } from "@/lib/server/db/client";
import { ConflictError, isUniqueViolation, TenantInputError, TenantNotFoundError } from "@/lib/server/db/tenant/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { MailDeliveryError } from "@/lib/server/mail/errors";
import { IdSchema } from "@/lib/domain/schemas/tenant";
import { badRequest, conflict, forbidden, invalidJson, mailFailed, NOT_JSON, notFound, requestJson, unauthorised } from "./respond";
import { isCrossSiteMutation } from "./origin";

/**
 * The frame of every tenant route handler: refuses cross-site mutations, resolves the session into a caller
 * (null when signed out — the guard answers 401), runs the handler and maps errors to `respond.ts` answers:
 * AccessError → 401/403/404, ZodError/TenantInputError → 400, ConflictError → 409, TenantNotFoundError → 404,
 * MailDeliveryError → 502. Every answer carries `Cache-Control: no-store` (tenant data must not sit in a shared or
 * browser cache). With `{ idempotent: true }` (every create route) an `Idempotency-Key` header makes a retried create
 * return the first answer instead of creating a duplicate (see `withIdempotency`).
 */
export type RouteParams<P> = { params: Promise<P> };

export interface TenantRouteOptions {
  /** A create route: honour the `Idempotency-Key` request header. */
  idempotent?: boolean;
}

export function tenantRoute<P>(
  handler: (args: { ctx: TenantContext; request: Request; params: P }) => Promise<Response>,
  options: TenantRouteOptions = {},
): (request: Request, context: RouteParams<P>) => Promise<Response> {
  return async (request, context) => {
    if (isCrossSiteMutation(request)) return noStore(forbidden("Anfragen von fremden Seiten werden abgewiesen."));
    try {
      const prisma = await getPrisma();
      const user = await getSessionUser(request.headers);
      const caller = user ? await loadCaller(prisma, user) : null;
      const params = await context.params;
      const run = (req: Request) => handler({ ctx: { prisma, caller }, request: req, params }).catch(errorResponse);
      const key = request.headers.get(IDEMPOTENCY_HEADER);
      if (options.idempotent && key !== null && caller) {
        return noStore(await withIdempotency(prisma, caller, request, key, run));
      }
      return noStore(await run(request));
    } catch (error) {
      return noStore(errorResponse(error));
    }
  };
}

function noStore(response: Response): Response {
  if (!response.headers.has("cache-control")) response.headers.set("cache-control", "no-store");
  return response;
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AccessError) {
    if (error.status === 401) return unauthorised(error.message);
    if (error.status === 403) return forbidden(error.message);
    return notFound(error.message);
  }
  if (error instanceof InvalidJsonError) return invalidJson();
  if (error instanceof ZodError) return badRequest(error);
  if (error instanceof TenantInputError) {
    return NextResponse.json({ error: { code: "invalid_request", message: error.message, ...error.details } }, { status: 400 });
  }
  if (error instanceof ConflictError) return conflict(error.message, error.details);
  if (error instanceof TenantNotFoundError) return notFound(error.message);
  if (error instanceof MailDeliveryError) return mailFailed(error.message);
  throw error;
}

// ---------------------------------------------------------------------------------------------------------------
// Idempotency-Key
// ---------------------------------------------------------------------------------------------------------------

export const IDEMPOTENCY_HEADER = "idempotency-key";
/** How long a key and its answer are kept. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;
/** responseStatus of a key whose first request is still running. */
const PENDING = 0;

function idempotencyError(status: number, message: string): Response {
  return NextResponse.json({ error: { code: status === 409 ? "conflict" : "invalid_request", message } }, { status });
}

/**
 * Runs a create at most once per (user, key): the first request claims the key (unique row), runs, and stores its
 * successful answer; a retry with the same key, route and body gets that stored answer (header
 * `Idempotent-Replayed: true`); the same key with another route or body → 422; a retry while the first still runs →
 * 409. A failed first request (4xx/5xx or an exception) releases the key, so the client may retry it. Keys expire
 * after 24 hours. State lives in the database only, so several server instances agree.
 */
async function withIdempotency(
  prisma: PrismaClient,
  caller: Caller,
  request: Request,
  key: string,
  run: (request: Request) => Promise<Response>,
): Promise<Response> {
  if (!KEY_PATTERN.test(key)) {
    return idempotencyError(400, "Der Idempotency-Key muss 1 bis 200 sichtbare ASCII-Zeichen lang sein.");
  }
  const body = await request.text();
  const url = new URL(request.url);
  const route = `${request.method} ${url.pathname}${url.search}`;
  const requestHash = crypto.createHash("sha256").update(body).digest("hex");
  const replayable = new Request(request.url, { method: request.method, headers: request.headers, body: body === "" ? undefined : body });

  await prisma.idempotencyKey.deleteMany({ where: { userId: caller.userId, createdAt: { lt: new Date(Date.now() - IDEMPOTENCY_TTL_MS) } } });
  let claimed: { id: string };
  try {
    claimed = await prisma.idempotencyKey.create({
      data: { userId: caller.userId, key, route, requestHash, responseStatus: PENDING, responseBody: "" },
      select: { id: true },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const first = await prisma.idempotencyKey.findUnique({ where: { userId_key: { userId: caller.userId, key } } });
    if (!first) return idempotencyError(409, "Eine Anfrage mit diesem Idempotency-Key wird gerade bearbeitet. Bitte versuchen Sie es gleich erneut.");
    if (first.route !== route || first.requestHash !== requestHash) {
      return idempotencyError(
        422,
        "Dieser Idempotency-Key wurde schon für eine andere Anfrage verwendet. Verwenden Sie für jede neue Anlage einen neuen Schlüssel.",
      );
    }
    if (first.responseStatus === PENDING) {
      return idempotencyError(409, "Eine Anfrage mit diesem Idempotency-Key wird gerade bearbeitet. Bitte versuchen Sie es gleich erneut.");
    }
    return new Response(first.responseBody, {
      status: first.responseStatus,
      headers: { "content-type": "application/json", "idempotent-replayed": "true" },
    });
  }
  let response: Response;
  try {
    response = await run(replayable);
  } catch (error) {
    await prisma.idempotencyKey.delete({ where: { id: claimed.id } }).catch(() => {});
    throw error;
  }
  if (response.status < 200 || response.status >= 300) {
    await prisma.idempotencyKey.delete({ where: { id: claimed.id } }).catch(() => {});
    return response;
  }
  const text = await response.text();
  await prisma.idempotencyKey.update({ where: { id: claimed.id }, data: { responseStatus: response.status, responseBody: text } });
  return new Response(text, { status: response.status, headers: response.headers });
}

class InvalidJsonError extends Error {}

/** Parses the JSON body with the concept's schema (ZodError → 400 with the field named). */
export async function readBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const body = await requestJson(request);
  if (body === NOT_JSON) throw new InvalidJsonError();
  return schema.parse(body);
}

/** Parses route parameters (ZodError → 400). */
export function parseParams<S extends z.ZodType>(params: unknown, schema: S): z.output<S> {
  return schema.parse(params);
}

export function json(data: unknown, status = 200): Response {
  return NextResponse.json({ data }, { status });
}

/**
 * The context with the organisation in use the request names (`?org=<id>`, see TenantContext.organisationId), for
 * the town routes where several of the caller's organisations could hold the data. A malformed id → 400.
 */
export function withChosenOrganisation(ctx: TenantContext, request: Request): TenantContext {
  const org = new URL(request.url).searchParams.get("org");
  if (org === null) return ctx;
  return { ...ctx, organisationId: IdSchema.parse(org) };
}
