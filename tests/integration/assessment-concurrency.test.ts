import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAuth } from "@/lib/server/auth/auth";
import { registerProcessDatabase } from "@/lib/server/db/client";
import * as assessmentRoute from "@/app/api/v1/organisations/[orgId]/assessments/[ags]/route";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/databases";
import { call, DOERENTRUP, seedTerritory, signUp } from "../support/tenancy";
import { insertOrganisation } from "@/lib/server/db/organisation-records";

/** Optimistic concurrency of assessments: two editors read version 1; the second save gets 409 with both states. */
describe.each(testDatabaseKinds)("assessment concurrency on %s", (kind) => {
  let db: TestDatabase;
  let anna: string;
  let ben: string;
  let orgId: string;
  const path = () => `/api/v1/organisations/${orgId}/assessments/${DOERENTRUP}`;
  const params = () => ({ orgId, ags: DOERENTRUP });

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    registerProcessDatabase(db);
    await seedTerritory(db.prisma);
    const auth = await getAuth();
    const a = await signUp(auth, "anna@concurrency.test", "Anna");
    const b = await signUp(auth, "ben@concurrency.test", "Ben");
    anna = a.cookie;
    ben = b.cookie;
    const organisation = await insertOrganisation(db.prisma, { kind: "TOWN", name: "Dörentrup", municipalityAgs: DOERENTRUP }, [{ userId: a.userId, role: "EDITOR" }, { userId: b.userId, role: "EDITOR" }], { id: true });
    orgId = organisation.id;
  });
  afterAll(async () => db?.close());

  it("creates with version 0, then the second of two editors gets 409 with the stored and the submitted values", async () => {
    const empty = await call(assessmentRoute.GET, "GET", path(), params(), { cookie: anna });
    expect((await empty.json()).data).toMatchObject({ answers: null, version: 0, exists: false });

    const created = await call(assessmentRoute.PUT, "PUT", path(), params(), {
      cookie: anna,
      body: { answers: { town: { name: "Dörentrup" } }, status: "DRAFT", version: 0 },
    });
    expect(created.status).toBe(200);
    expect((await created.json()).data).toMatchObject({ version: 1, status: "DRAFT" });

    // Both editors read version 1.
    const readA = (await (await call(assessmentRoute.GET, "GET", path(), params(), { cookie: anna })).json()).data;
    const readB = (await (await call(assessmentRoute.GET, "GET", path(), params(), { cookie: ben })).json()).data;
    expect(readA.version).toBe(1);
    expect(readB.version).toBe(1);

    const annaAnswers = { ...readA.answers, urgency: { ...readA.answers.urgency } , town: { ...readA.answers.town, name: "Dörentrup (Anna)" } };
    const benAnswers = { ...readB.answers, town: { ...readB.answers.town, name: "Dörentrup (Ben)" } };
    const first = await call(assessmentRoute.PUT, "PUT", path(), params(), { cookie: anna, body: { answers: annaAnswers, status: "DRAFT", version: 1 } });
    expect(first.status).toBe(200);
    expect((await first.json()).data.version).toBe(2);

    const second = await call(assessmentRoute.PUT, "PUT", path(), params(), { cookie: ben, body: { answers: benAnswers, status: "COMPLETED", version: 1 } });
    expect(second.status).toBe(409);
    const body = await second.json();
    expect(body.error.code).toBe("conflict");
    expect(body.error.current).toMatchObject({ version: 2, status: "DRAFT", answers: { town: { name: "Dörentrup (Anna)" } } });
    expect(body.error.submitted).toMatchObject({ version: 1, status: "COMPLETED", answers: { town: { name: "Dörentrup (Ben)" } } });

    const stored = await db.prisma.assessment.findFirstOrThrow({ where: { organisationId: orgId } });
    expect(stored.version).toBe(2);
    expect(stored.answers).toMatchObject({ town: { name: "Dörentrup (Anna)" } });

    // Ben resolves the conflict on top of version 2.
    const retry = await call(assessmentRoute.PUT, "PUT", path(), params(), { cookie: ben, body: { answers: benAnswers, status: "COMPLETED", version: 2 } });
    expect(retry.status).toBe(200);
    expect((await retry.json()).data).toMatchObject({ version: 3, status: "COMPLETED" });

    const audit = await db.prisma.auditLog.findMany({ where: { organisationId: orgId, entityType: "assessment" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["assessment.create", "assessment.update", "assessment.update"]);
    expect(audit[2]!.before).toMatchObject({ version: 2 });
    expect(audit[2]!.after).toMatchObject({ version: 3, status: "COMPLETED" });
  });

  it("two simultaneous saves of the same version: exactly one wins, the other gets 409", async () => {
    const current = (await (await call(assessmentRoute.GET, "GET", path(), params(), { cookie: anna })).json()).data;
    const results = await Promise.all(
      [anna, ben].map((cookie, i) =>
        call(assessmentRoute.PUT, "PUT", path(), params(), {
          cookie,
          body: { answers: { ...current.answers, town: { ...current.answers.town, name: `Gleichzeitig ${i}` } }, version: current.version },
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await db.prisma.assessment.findFirstOrThrow({ where: { organisationId: orgId } })).version).toBe(current.version + 1);
  });

  it("two racing FIRST saves (version 0, nothing stored yet): exactly one creates, the other gets 409, never a 500", async () => {
    const answers = (await (await call(assessmentRoute.GET, "GET", path(), params(), { cookie: anna })).json()).data.answers;
    const users = await db.prisma.user.findMany({ where: { email: { in: ["anna@concurrency.test", "ben@concurrency.test"] } } });
    const second = await insertOrganisation(db.prisma, { kind: "TOWN", name: "Dörentrup (zweite Organisation)", municipalityAgs: DOERENTRUP }, users.map((u) => ({ userId: u.id, role: "EDITOR" as const })), { id: true });
    const secondPath = `/api/v1/organisations/${second.id}/assessments/${DOERENTRUP}`;
    const results = await Promise.all(
      [anna, ben].map((cookie) => call(assessmentRoute.PUT, "PUT", secondPath, { orgId: second.id, ags: DOERENTRUP }, { cookie, body: { answers, version: 0 } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await db.prisma.assessment.count({ where: { organisationId: second.id } })).toBe(1);
  });

  it("answers are validated with AssessmentInputSchema: a wrong value gets 400 naming the field, nothing changes", async () => {
    const before = await db.prisma.assessment.findFirstOrThrow({ where: { organisationId: orgId } });
    const response = await call(assessmentRoute.PUT, "PUT", path(), params(), {
      cookie: anna,
      body: { answers: { town: { name: "" } }, version: before.version },
    });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.issues.map((issue: { path: string }) => issue.path)).toContain("answers.town.name");
    const missingVersion = await call(assessmentRoute.PUT, "PUT", path(), params(), { cookie: anna, body: { answers: { town: { name: "X" } } } });
    expect(missingVersion.status).toBe(400);
    expect(await db.prisma.assessment.findFirstOrThrow({ where: { organisationId: orgId } })).toEqual(before);
  });
});
