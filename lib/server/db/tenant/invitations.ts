import crypto from "node:crypto";
import { AccessError, authorize, requireSignedIn, type TenantContext } from "@/lib/server/auth/guard";
import type { Role } from "@/lib/domain/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { MailSender } from "@/lib/server/mail";
import { MailDeliveryError } from "@/lib/server/mail/errors";
import { recordAudit } from "./audit";
import { ConflictError, TenantInputError, TenantNotFoundError } from "./errors";

/**
 * Invitations by link. The link carries a random token (256 bit); the database keeps only its SHA-256 hash, so a
 * leaked database does not leak working links. A link is used once, expires, and can be revoked. Every invitation is
 * addressed to one e-mail address: only the account with that address, once verified, can accept it — a leaked or
 * forwarded link is useless to anybody else, and nobody becomes a member without accepting.
 */
export const INVITATION_PATH = "/einladung/";

export function hashInvitationToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

export interface InvitationSummary {
  id: string;
  role: Role;
  email: string | null;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
  status: "open" | "accepted" | "revoked" | "expired";
}

const SELECT = { id: true, role: true, email: true, expiresAt: true, acceptedAt: true, revokedAt: true, createdAt: true } as const;

function statusOf(row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): InvitationSummary["status"] {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  if (row.expiresAt <= now) return "expired";
  return "open";
}

export async function listInvitations(ctx: TenantContext, organisationId: string): Promise<InvitationSummary[]> {
  authorize(ctx.caller, "invitation", "read", organisationId);
  const rows = await ctx.prisma.invitation.findMany({ where: { organisationId }, select: SELECT, orderBy: { createdAt: "desc" } });
  return rows.map((row) => ({ ...row, status: statusOf(row) }));
}

/**
 * Creates an invitation link (admins). Returns the token once; only its hash is stored. With an e-mail address the
 * link is also mailed (`linkBase` is the app's origin, e.g. https://versorgungslotse.example.de).
 */
export async function createInvitation(
  ctx: TenantContext,
  organisationId: string,
  input: { role: Role; email?: string; validDays: number },
  options: { linkBase: string; mail?: MailSender },
): Promise<{ invitation: InvitationSummary; token: string; url: string }> {
  authorize(ctx.caller, "invitation", "create", organisationId);
  const caller = ctx.caller;
  if (!input.email) {
    throw new TenantInputError(
      "Bitte die E-Mail-Adresse der eingeladenen Person angeben: Nur das Konto mit dieser Adresse kann die Einladung annehmen.",
      { field: "email" },
    );
  }
  const token = crypto.randomBytes(32).toString("base64url");
  const url = new URL(`${INVITATION_PATH}${token}`, options.linkBase).toString();
  const row = await ctx.prisma.$transaction(async (tx) => {
    const created = await tx.invitation.create({
      data: {
        organisationId,
        role: input.role,
        email: input.email ?? null,
        tokenHash: hashInvitationToken(token),
        createdById: caller.userId,
        expiresAt: new Date(Date.now() + input.validDays * 24 * 60 * 60 * 1000),
      },
      select: { ...SELECT, organisation: { select: { name: true } } },
    });
    await recordAudit(tx, caller, {
      organisationId,
      action: "invitation.create",
      entityType: "invitation",
      entityId: created.id,
      after: { role: created.role, email: created.email, expiresAt: created.expiresAt },
    });
    return created;
  });
  if (input.email && options.mail) {
    try {
      await options.mail.send({
        to: input.email,
        subject: `Einladung zu „${row.organisation.name}“ im Versorgungslotsen`,
        text:
          `${caller.name} lädt Sie zu „${row.organisation.name}“ ein.\n\n` +
          `Öffnen Sie den Link, melden Sie sich an oder registrieren Sie sich, und nehmen Sie die Einladung an:\n\n${url}\n\n` +
          `Der Link gilt bis ${row.expiresAt.toLocaleDateString("de-DE")}.`,
      });
    } catch (error) {
      // The caller gets an error instead of the link, so nobody holds it: revoke the invitation (audited).
      await revokeInvitation(ctx, organisationId, row.id);
      if (error instanceof MailDeliveryError) {
        throw new MailDeliveryError(
          `${error.message} Die Einladung wurde zurückgezogen. Versuchen Sie es später erneut.`,
          { cause: error },
        );
      }
      throw error;
    }
  }
  const { organisation: _organisation, ...invitation } = row;
  return { invitation: { ...invitation, status: statusOf(invitation) }, token, url };
}

export async function revokeInvitation(ctx: TenantContext, organisationId: string, invitationId: string): Promise<void> {
  authorize(ctx.caller, "invitation", "delete", organisationId);
  const caller = ctx.caller;
  await ctx.prisma.$transaction(async (tx) => {
    const row = await tx.invitation.findFirst({ where: { id: invitationId, organisationId }, select: SELECT });
    if (!row) throw new TenantNotFoundError("Einladung nicht gefunden.");
    if (row.acceptedAt) throw new ConflictError("Die Einladung wurde bereits angenommen.");
    await tx.invitation.update({ where: { id: invitationId }, data: { revokedAt: new Date() } });
    await recordAudit(tx, caller, {
      organisationId,
      action: "invitation.delete",
      entityType: "invitation",
      entityId: invitationId,
      before: { role: row.role, email: row.email },
    });
  });
}

export interface InvitationPreview {
  organisationName: string;
  /** Whether the platform operator verified the organisation, and when it was created (so the invitee can judge it). */
  organisationVerified: boolean;
  organisationCreatedAt: Date;
  role: Role;
  status: InvitationSummary["status"];
  expiresAt: Date;
}

/** What the invitation page shows before acceptance (organisation name and role only). Null: unknown token. */
export async function previewInvitation(prisma: PrismaClient, token: string): Promise<InvitationPreview | null> {
  const row = await prisma.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { ...SELECT, organisation: { select: { name: true, verifiedAt: true, createdAt: true } } },
  });
  if (!row) return null;
  return {
    organisationName: row.organisation.name,
    organisationVerified: row.organisation.verifiedAt !== null,
    organisationCreatedAt: row.organisation.createdAt,
    role: row.role, status: statusOf(row), expiresAt: row.expiresAt };
}

/**
 * Accepts an invitation for the signed-in caller: creates the membership and uses up the link (audited). Only the
 * account the invitation is addressed to (same e-mail address, case-insensitive), and only with a verified address:
 * otherwise 403 with a German message, and the link stays usable for the right person.
 */
export async function acceptInvitation(ctx: TenantContext, token: string): Promise<{ organisationId: string; role: Role }> {
  requireSignedIn(ctx.caller);
  const caller = ctx.caller;
  return ctx.prisma.$transaction(async (tx) => {
    const row = await tx.invitation.findUnique({ where: { tokenHash: hashInvitationToken(token) } });
    if (!row) throw new TenantNotFoundError("Diese Einladung gibt es nicht.");
    const status = statusOf(row);
    if (status !== "open") {
      throw new ConflictError(
        status === "accepted" ? "Diese Einladung wurde bereits angenommen." : status === "revoked" ? "Diese Einladung wurde zurückgezogen." : "Diese Einladung ist abgelaufen.",
        { status },
      );
    }
    const existing = await tx.membership.findUnique({
      where: { userId_organisationId: { userId: caller.userId, organisationId: row.organisationId } },
    });
    if (!row.email) {
      throw new AccessError(403, "Diese Einladung ist an keine E-Mail-Adresse gerichtet und kann nicht angenommen werden. Bitten Sie um eine neue Einladung.");
    }
    if (row.email.toLowerCase() !== caller.email.toLowerCase()) {
      throw new AccessError(
        403,
        "Diese Einladung ist an eine andere E-Mail-Adresse gerichtet. Melden Sie sich mit dem Konto an, an dessen Adresse die Einladung ging.",
      );
    }
    if (!caller.emailVerified) {
      throw new AccessError(
        403,
        "Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse (Link in der Bestätigungs-E-Mail). Danach können Sie die Einladung annehmen.",
      );
    }
    if (existing) throw new ConflictError("Sie sind bereits Mitglied dieser Organisation.", { status: "member" });
    const used = await tx.invitation.updateMany({
      where: { id: row.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: new Date(), acceptedById: caller.userId },
    });
    if (used.count !== 1) throw new ConflictError("Diese Einladung wurde bereits angenommen.", { status: "accepted" });
    const membership = await tx.membership.create({ data: { organisationId: row.organisationId, userId: caller.userId, role: row.role } });
    await recordAudit(tx, caller, {
      organisationId: row.organisationId,
      action: "invitation.accept",
      entityType: "membership",
      entityId: membership.id,
      after: { email: caller.email, role: row.role, invitationId: row.id },
    });
    return { organisationId: row.organisationId, role: row.role };
  });
}
