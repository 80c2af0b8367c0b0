import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, planMigrations, readMigrations } from "@/lib/server/db/migrate";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/databases";

describe.each(testDatabaseKinds)("migrations on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => db?.close());

  it("records every migration with Prisma's checksum and applies nothing the second time", async () => {
    const sql = await db.sql();
    const plan = await planMigrations(sql);
    expect(plan.pending).toEqual([]);
    expect(plan.applied.sort()).toEqual(readMigrations().map((m) => m.name));
    expect(await migrate(sql)).toEqual([]);
  });

  it("refuses to run when an applied migration was edited", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    for (const migration of readMigrations()) {
      fs.mkdirSync(path.join(dir, migration.name));
      fs.writeFileSync(path.join(dir, migration.name, "migration.sql"), migration.sql + "\n-- edited\n");
    }
    await expect(planMigrations(await db.sql(), readMigrations(dir))).rejects.toThrow(/verändert/);
  });

  it("applies a new migration and calls the backup hook first on a database with data", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    for (const migration of readMigrations()) {
      fs.mkdirSync(path.join(dir, migration.name));
      fs.writeFileSync(path.join(dir, migration.name, "migration.sql"), migration.sql);
    }
    fs.mkdirSync(path.join(dir, "29990101000000_probe"));
    fs.writeFileSync(path.join(dir, "29990101000000_probe", "migration.sql"), 'CREATE TABLE "Probe" (id int);');
    const sql = await db.sql();
    const plan = await planMigrations(sql, readMigrations(dir));
    expect(plan.pending.map((m) => m.name)).toEqual(["29990101000000_probe"]);
    expect(plan.hasData).toBe(true);
  });
});
