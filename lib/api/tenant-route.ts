import { NextResponse } from "next/server";
import { ZodError, type z } from "zod";
import { AccessError, loadCaller, type TenantContext } from "@/lib/auth/guard";
import { getSessionUser } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db/client";
import { ConflictError, TenantNotFoundError } from "@/lib/db/tenant/errors";
import { MailDeliveryError } from "@/lib/mail/errors";
import { badRequest, conflict, forbidden, invalidJson, mailFailed, NOT_JSON, notFound, requestJson, unauthorised } from "./respond";
import { isCrossSiteMutation } from "./origin";

/**
 * The frame of every tenant route handler: refuses cross-site mutations, resolves the session into a caller
 * (null when signed out — the guard answers 401), runs the handler and maps errors to `respond.ts` answers:
 * AccessError → 401/403/404, ZodError → 400, ConflictError → 409, TenantNotFoundError → 404, MailDeliveryError → 502.
 */
export type RouteParams<P> = { params: Promise<P> };

export function tenantRoute<P>(
  handler: (args: { ctx: TenantContext; request: Request; params: P }) => Promise<Response>,
): (request: Request, context: RouteParams<P>) => Promise<Response> {
  return async (request, context) => {
    if (isCrossSiteMutation(request)) return forbidden("Anfragen von fremden Seiten werden abgewiesen.");
    try {
      const prisma = await getPrisma();
      const user = await getSessionUser(request.headers);
      const caller = user ? await loadCaller(prisma, user) : null;
      return await handler({ ctx: { prisma, caller }, request, params: await context.params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AccessError) {
    if (error.status === 401) return unauthorised(error.message);
    if (error.status === 403) return forbidden(error.message);
    return notFound(error.message);
  }
  if (error instanceof InvalidJsonError) return invalidJson();
  if (error instanceof ZodError) return badRequest(error);
  if (error instanceof ConflictError) return conflict(error.message, error.details);
  if (error instanceof TenantNotFoundError) return notFound(error.message);
  if (error instanceof MailDeliveryError) return mailFailed(error.message);
  throw error;
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
