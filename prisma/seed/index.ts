import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedKnowledge } from "./knowledge";
import { seedMunicipalities } from "./municipalities";

/**
 * Seeds what the app needs: the municipality register and the knowledge base. Each part records a checksum in
 * SeedState and is skipped when nothing changed, so a second `npm start` does no work.
 */
export async function seedDatabase(prisma: PrismaClient, log: (message: string) => void = console.log): Promise<void> {
  await seedMunicipalities(prisma, log);
  await seedKnowledge(prisma, log);
}

// `npm run db:seed` runs this file directly.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { runCli } = await import("@/lib/server/db/cli");
  await runCli("db:seed", async (database) => {
    await seedDatabase(database.prisma);
  });
}
