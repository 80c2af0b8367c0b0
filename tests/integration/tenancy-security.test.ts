import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAuth } from "@/lib/server/auth/auth";
import { registerProcessDatabase } from "@/lib/server/db/client";
import * as organisationsRoute from "@/app/api/v1/organisations/route";
import * as organisationRoute from "@/app/api/v1/organisations/[orgId]/route";
import * as membersRoute from "@/app/api/v1/organisations/[orgId]/members/route";
import * as memberRoute from "@/app/api/v1/organisations/[orgId]/members/[membershipId]/route";
import * as leaveRoute from "@/app/api/v1/organisations/[orgId]/leave/route";
import * as invitationsRoute from "@/app/api/v1/organisations/[orgId]/invitations/route";
import * as acceptRoute from "@/app/api/v1/invitations/[token]/accept/route";
import * as verificationRoute from "@/app/api/v1/organisations/[orgId]/verification/route";
import * as assessmentRoute from "@/app/api/v1/organisations/[orgId]/assessments/[ags]/route";
import * as providersRoute from "@/app/api/v1/municipalities/[ags]/providers/route";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/databases";
import { call, DOERENTRUP, ORIGIN, seedTerritory, signUp } from "../support/tenancy";

/**
 * Issue 12, findings 2, 3 and 12 (parts): membership injection, the admin race, address-bound invitations, the
 * organisation in use, idempotent creates, no-store, the assessment's AGS — on both databases.
 */
const PRACTICE = {
  kind: "gp-practice",
  name: "Praxis Dr. Opfer",
  street: "Hauptstraße 1",
  postcode: "32694",
  city: "Dörentrup",
  successorStatus: "none",
  doctors: [{ name: "Dr. Opfer", birthYear: 1962, employment: "licensed", licence: "full" }],
};

describe.each(testDatabaseKinds)("tenancy security on %s", (kind) => {
  let db: TestDatabase;
  const users = new Map<string, { cookie: string; userId: string }>();
  const u = (name: string) => users.get(name)!;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    registerProcessDatabase(db);
    await seedTerritory(db.prisma);
    const auth = await getAuth();
    for (const name of ["attacker", "victim", "colleague", "stranger", "operator", "anna", "ben"]) {
      users.set(name, await signUp(auth, `${name}@tenancy.test`, name));
    }
    await db.prisma.user.updateMany({ data: { emailVerified: true } });
    await db.prisma.user.update({ where: { id: u("operator").userId }, data: { platformOperator: true } });
  });
  afterAll(async () => db?.close());

  async function createTown(owner: string, name: string): Promise<string> {
    const response = await call(organisationsRoute.POST, "POST", "/api/v1/organisations", {}, { cookie: u(owner).cookie, body: { kind: "TOWN", ags: DOERENTRUP, name } });
    expect(response.status).toBe(201);
    return (await response.json()).data.id as string;
  }

  it("membership injection: a look-alike organisation created first cannot pull the victim in, nor read the victim's providers", async () => {
    // The attack as it worked before: the attacker creates "Gemeinde Dörentrup" first and adds the victim by e-mail.
    const fake = await createTown("attacker", "Gemeinde Dörentrup");
    const real = await createTown("victim", "Dörentrup");
    const add = await call(membersRoute.POST, "POST", `/api/v1/organisations/${fake}/members`, { orgId: fake }, {
      cookie: u("attacker").cookie,
      body: { email: "victim@tenancy.test", role: "EDITOR" },
    });
    // Now only an invitation: the victim is not a member, and the answer is the same as for an unknown address.
    expect(add.status).toBe(201);
    const unknown = await call(membersRoute.POST, "POST", `/api/v1/organisations/${fake}/members`, { orgId: fake }, {
      cookie: u("attacker").cookie,
      body: { email: "nobody@tenancy.test", role: "EDITOR" },
    });
    expect(unknown.status).toBe(201);
    expect(Object.keys((await add.json()).data.invitation).sort()).toEqual(Object.keys((await unknown.json()).data.invitation).sort());
    expect(await db.prisma.membership.count({ where: { organisationId: fake, userId: u("victim").userId } })).toBe(0);

    // The victim enters a practice (one candidate: their own organisation is used).
    const created = await call(providersRoute.POST, "POST", `/api/v1/municipalities/${DOERENTRUP}/providers`, { ags: DOERENTRUP }, { cookie: u("victim").cookie, body: PRACTICE });
    expect(created.status).toBe(201);
    expect(await db.prisma.provider.count({ where: { organisationId: real } })).toBe(1);

    // The attacker reads only the look-alike's (empty) inventory.
    const read = await call(providersRoute.GET, "GET", `/api/v1/municipalities/${DOERENTRUP}/providers`, { ags: DOERENTRUP }, { cookie: u("attacker").cookie });
    expect(read.status).toBe(200);
    const inventory = (await read.json()).data;
    expect(inventory.owner.organisationId).toBe(fake);
    expect(inventory.providers).toEqual([]);
    const steal = await call(providersRoute.GET, "GET", `/api/v1/municipalities/${DOERENTRUP}/providers?org=${real}`, { ags: DOERENTRUP }, { cookie: u("attacker").cookie });
    expect(steal.status).toBe(404);

    // Even if the victim were a member of both (as the old direct add made them), nothing is inferred from creation order:
    await db.prisma.membership.create({ data: { organisationId: fake, userId: u("victim").userId, role: "EDITOR" } });
    const ambiguous = await call(providersRoute.POST, "POST", `/api/v1/municipalities/${DOERENTRUP}/providers`, { ags: DOERENTRUP }, { cookie: u("victim").cookie, body: PRACTICE });
    expect(ambiguous.status).toBe(409);
    const choice = await ambiguous.json();
    expect(choice.error.message).toMatch(/Bitte wählen Sie/);
    expect(choice.error.candidates.map((c: { organisationId: string }) => c.organisationId).sort()).toEqual([fake, real].sort());
    expect(await db.prisma.provider.count({ where: { organisationId: fake } })).toBe(0);
    const chosen = await call(providersRoute.GET, "GET", `/api/v1/municipalities/${DOERENTRUP}/providers?org=${real}`, { ags: DOERENTRUP }, { cookie: u("victim").cookie });
    expect((await chosen.json()).data.providers).toHaveLength(1);

    // And the victim can leave the look-alike.
    const left = await call(leaveRoute.POST, "POST", `/api/v1/organisations/${fake}/leave`, { orgId: fake }, { cookie: u("victim").cookie });
    expect(left.status).toBe(204);
    expect(await db.prisma.membership.count({ where: { organisationId: fake, userId: u("victim").userId } })).toBe(0);
  });

  it("the last admin cannot leave; a viewer can", async () => {
    const org = await createTown("colleague", "Leave test");
    const last = await call(leaveRoute.POST, "POST", `/api/v1/organisations/${org}/leave`, { orgId: org }, { cookie: u("colleague").cookie });
    expect(last.status).toBe(409);
    expect((await last.json()).error.message).toMatch(/letzte Person mit der Rolle Verwaltung/);
    const outsider = await call(leaveRoute.POST, "POST", `/api/v1/organisations/${org}/leave`, { orgId: org }, { cookie: u("stranger").cookie });
    expect(outsider.status).toBe(404);
  });

  it("an invitation is accepted only by the addressed account, and only with a verified address", async () => {
    const org = await createTown("colleague", "Invitation test");
    const invite = async (email: string) => {
      const response = await call(invitationsRoute.POST, "POST", `/api/v1/organisations/${org}/invitations`, { orgId: org }, { cookie: u("colleague").cookie, body: { role: "VIEWER", email } });
      expect(response.status).toBe(201);
      return (await response.json()).data.token as string;
    };
    const noEmail = await call(invitationsRoute.POST, "POST", `/api/v1/organisations/${org}/invitations`, { orgId: org }, { cookie: u("colleague").cookie, body: { role: "VIEWER" } });
    expect(noEmail.status).toBe(400);

    const token = await invite("ben@tenancy.test");
    const wrong = await call(acceptRoute.POST, "POST", `/api/v1/invitations/${token}/accept`, { token }, { cookie: u("stranger").cookie, body: {} });
    expect(wrong.status).toBe(403);
    expect((await wrong.json()).error.message).toMatch(/andere E-Mail-Adresse/);

    await db.prisma.user.update({ where: { id: u("ben").userId }, data: { emailVerified: false } });
    const unverified = await call(acceptRoute.POST, "POST", `/api/v1/invitations/${token}/accept`, { token }, { cookie: u("ben").cookie, body: {} });
    expect(unverified.status).toBe(403);
    expect((await unverified.json()).error.message).toMatch(/bestätigen Sie zuerst Ihre E-Mail-Adresse/);
    await db.prisma.user.update({ where: { id: u("ben").userId }, data: { emailVerified: true } });

    const accepted = await call(acceptRoute.POST, "POST", `/api/v1/invitations/${token}/accept`, { token }, { cookie: u("ben").cookie, body: {} });
    expect(accepted.status).toBe(200);
    expect(await db.prisma.membership.count({ where: { organisationId: org, userId: u("ben").userId } })).toBe(1);
  });

  it("two admins demoting each other at once always leave an admin (20 trials)", async () => {
    const org = await createTown("anna", "Race test");
    const annaM = await db.prisma.membership.findUniqueOrThrow({ where: { userId_organisationId: { userId: u("anna").userId, organisationId: org } } });
    const benM = await db.prisma.membership.create({ data: { organisationId: org, userId: u("ben").userId, role: "ADMIN" } });
    for (let trial = 0; trial < 20; trial++) {
      await db.prisma.membership.updateMany({ where: { organisationId: org }, data: { role: "ADMIN" } });
      const remove = trial % 2 === 1;
      const act = (cookie: string, membershipId: string) =>
        remove
          ? call(memberRoute.DELETE, "DELETE", `/api/v1/organisations/${org}/members/${membershipId}`, { orgId: org, membershipId }, { cookie })
          : call(memberRoute.PATCH, "PATCH", `/api/v1/organisations/${org}/members/${membershipId}`, { orgId: org, membershipId }, { cookie, body: { role: "VIEWER" } });
      const [a, b] = await Promise.all([act(u("anna").cookie, benM.id), act(u("ben").cookie, annaM.id)]);
      expect([a.status, b.status].every((s) => s < 500)).toBe(true);
      expect(await db.prisma.membership.count({ where: { organisationId: org, role: "ADMIN" } })).toBeGreaterThanOrEqual(1);
      if (remove) {
        // Put back whoever was removed.
        for (const [userId, id] of [[u("anna").userId, annaM.id], [u("ben").userId, benM.id]] as const) {
          if (!(await db.prisma.membership.findUnique({ where: { id } }))) await db.prisma.membership.create({ data: { id, organisationId: org, userId, role: "ADMIN" } });
        }
      }
    }
  });

  it("an Idempotency-Key makes a retried create return the first answer; another body with the same key → 422", async () => {
    const send = (key: string, name: string) =>
      organisationsRoute.POST(
        new Request(`${ORIGIN}/api/v1/organisations`, {
          method: "POST",
          headers: { origin: ORIGIN, cookie: u("stranger").cookie, "content-type": "application/json", "idempotency-key": key },
          body: JSON.stringify({ kind: "TOWN", ags: DOERENTRUP, name }),
        }),
        { params: Promise.resolve({}) },
      );
    const first = await send("create-1", "Idem");
    const second = await send("create-1", "Idem");
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(await second.json()).toEqual(await first.json());
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(await db.prisma.organisation.count({ where: { name: "Idem" } })).toBe(1);
    const other = await send("create-1", "Idem anders");
    expect(other.status).toBe(422);
    expect((await other.json()).error.message).toMatch(/andere Anfrage verwendet/);
    expect(await db.prisma.organisation.count({ where: { name: "Idem anders" } })).toBe(0);
    const fresh = await send("create-2", "Idem");
    expect(fresh.status).toBe(201);
    expect(await db.prisma.organisation.count({ where: { name: "Idem" } })).toBe(2);
  });

  it("tenant answers carry Cache-Control: no-store", async () => {
    const list = await call(organisationsRoute.GET, "GET", "/api/v1/organisations", {}, { cookie: u("victim").cookie });
    expect(list.headers.get("cache-control")).toBe("no-store");
    const signedOut = await call(organisationsRoute.GET, "GET", "/api/v1/organisations", {});
    expect(signedOut.status).toBe(401);
    expect(signedOut.headers.get("cache-control")).toBe("no-store");
  });

  it("an assessment whose town.ags differs from the path is refused with 400", async () => {
    const org = await createTown("colleague", "Assessment test");
    const response = await call(assessmentRoute.PUT, "PUT", `/api/v1/organisations/${org}/assessments/${DOERENTRUP}`, { orgId: org, ags: DOERENTRUP }, {
      cookie: u("colleague").cookie,
      body: { answers: { town: { ags: "05766020", name: "Extertal" } }, status: "DRAFT", version: 0 },
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/05766020/);
    expect(await db.prisma.assessment.count({ where: { organisationId: org } })).toBe(0);
  });

  it("two racing first saves of an assessment: one 200, one 409, never 500", async () => {
    const org = await createTown("colleague", "Assessment race");
    const save = (name: string) =>
      call(assessmentRoute.PUT, "PUT", `/api/v1/organisations/${org}/assessments/${DOERENTRUP}`, { orgId: org, ags: DOERENTRUP }, {
        cookie: u("colleague").cookie,
        body: { answers: { town: { name } }, status: "DRAFT", version: 0 },
      });
    for (let trial = 0; trial < 5; trial++) {
      await db.prisma.assessment.deleteMany({ where: { organisationId: org } });
      const statuses = (await Promise.all([save("A"), save("B")])).map((r) => r.status).sort();
      expect(statuses).toEqual([200, 409]);
    }
  });

  it("only the platform operator verifies an organisation; members see who created it and whether it is verified", async () => {
    const org = await createTown("colleague", "Verification test");
    const refused = await call(verificationRoute.PUT, "PUT", `/api/v1/organisations/${org}/verification`, { orgId: org }, { cookie: u("colleague").cookie, body: { verified: true } });
    expect(refused.status).toBe(403);
    const done = await call(verificationRoute.PUT, "PUT", `/api/v1/organisations/${org}/verification`, { orgId: org }, { cookie: u("operator").cookie, body: { verified: true } });
    expect(done.status).toBe(200);
    const read = await call(organisationRoute.GET, "GET", `/api/v1/organisations/${org}`, { orgId: org }, { cookie: u("colleague").cookie });
    const data = (await read.json()).data;
    expect(data.createdByName).toBe("colleague");
    expect(data.verifiedByName).toBe("operator");
    expect(data.verifiedAt).not.toBeNull();
  });
});
