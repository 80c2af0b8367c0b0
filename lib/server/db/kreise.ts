import type { PrismaClient } from "@/lib/generated/prisma/client";

/** All Kreise and kreisfreie Städte with their Land, sorted by name (public register data). */
export async function listKreise(prisma: PrismaClient): Promise<Array<{ key: string; name: string; landName: string }>> {
  const rows = await prisma.kreis.findMany({ select: { key: true, name: true, land: { select: { name: true } } }, orderBy: [{ name: "asc" }, { key: "asc" }] });
  return rows.map((row) => ({ key: row.key, name: row.name, landName: row.land.name }));
}
