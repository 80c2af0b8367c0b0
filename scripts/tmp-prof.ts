import { loadCaller } from "@/lib/auth/guard";
import { databaseFromPglite } from "@/lib/db/client";
import { openInMemoryDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { loadTownReport } from "@/lib/db/tenant/town-report";
import { renderTownReportPdf } from "@/lib/pdf/town-report";
import { fillTown } from "@/tests/support/town-fixture";
import { seedTerritory } from "@/tests/support/tenancy";
const pglite = await openInMemoryDatabase();
const database = databaseFromPglite(pglite, { kind: "embedded", dataDir: ":memory:" }, () => pglite.close());
await migrate(await database.sql());
await seedTerritory(database.prisma);
const u = await database.prisma.user.create({ data: { id: "b", email: "r@example.org", name: "B", emailVerified: true } });
const org = await database.prisma.organisation.create({ data: { name: "G", kind: "TOWN", municipalityAgs: "05766024", memberships: { create: { userId: u.id, role: "ADMIN" } } } });
await fillTown(database.prisma, org.id, "05766024");
const ctx = { prisma: database.prisma, caller: await loadCaller(database.prisma, u) };
for (let i = 0; i < 4; i++) {
  let t = performance.now();
  const data = await loadTownReport(ctx, org.id, "05766024");
  const a = performance.now() - t; t = performance.now();
  await renderTownReportPdf(data);
  console.log("load", a.toFixed(0), "render", (performance.now() - t).toFixed(0));
}
process.exit(0);
