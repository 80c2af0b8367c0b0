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
