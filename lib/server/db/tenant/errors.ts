/** The stored state changed since the caller read it (optimistic concurrency) or the change breaks an invariant. */
export class ConflictError extends Error {
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "ConflictError";
  }
}

/** The caller may act on the organisation, but the addressed record does not exist there. */
export class TenantNotFoundError extends Error {
  constructor(message = "Nicht gefunden.") {
    super(message);
    this.name = "TenantNotFoundError";
  }
}

/** The request contradicts itself or needs a choice the caller did not make (400 with a German message). */
export class TenantInputError extends Error {
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "TenantInputError";
  }
}

/** Prisma's P2002, or the driver adapter's unique violation (SQLSTATE 23505) raised inside a transaction. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { originalCode?: string; kind?: string }; message?: string } | null;
  if (!e) return false;
  return (
    e.code === "P2002" ||
    e.code === "23505" ||
    e.cause?.originalCode === "23505" ||
    e.cause?.kind === "UniqueConstraintViolation" ||
    /unique constraint/i.test(e.message ?? "")
  );
}
