import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseGv100 } from "@/lib/server/import/gv100";
import { importMunicipalityRegister, type ImportSummary } from "@/lib/server/db/municipalities";

/** The official register shipped with the app (prisma/data, see its README), or MUNICIPALITY_REGISTER_FILE. */
export function defaultRegisterFile(): string {
  return path.resolve(
    process.env.MUNICIPALITY_REGISTER_FILE ?? path.join(import.meta.dirname, "..", "data", "GV100AD_301123.txt"),
  );
}

export interface RegisterImportResult {
  file: string;
  checksum: string;
  summary: ImportSummary;
  seconds: number;
}

/** Parses and imports a GV100AD file in one transaction (a malformed line stops it and nothing is written). */
export async function importRegisterFile(
  prisma: PrismaClient,
  file: string,
  log: (message: string) => void = () => {},
): Promise<RegisterImportResult> {
  const started = performance.now();
  const content = fs.readFileSync(file, "utf8");
  const checksum = crypto.createHash("sha256").update(content).digest("hex");
  log(`Lese ${file} …`);
  const register = parseGv100(content);
  log(
    `Gelesen: ${register.lands.length} Länder, ${register.kreise.length} Kreise, ` +
      `${register.verbaende.length} Gemeindeverbände, ${register.municipalities.length} Gemeinden. Schreibe …`,
  );
  const summary = await importMunicipalityRegister(prisma, register, log);
  await prisma.seedState.upsert({
    where: { key: "municipalities" },
    create: { key: "municipalities", checksum, summary: JSON.parse(JSON.stringify(summary)) },
    update: { checksum, summary: JSON.parse(JSON.stringify(summary)), appliedAt: new Date() },
  });
  return { file, checksum, summary, seconds: (performance.now() - started) / 1000 };
}

/** Seeds the register unless the same file was imported already (a second start does no work). */
export async function seedMunicipalities(prisma: PrismaClient, log: (message: string) => void): Promise<void> {
  const file = defaultRegisterFile();
  if (!fs.existsSync(file)) {
    throw new Error(
      `Das Gemeindeverzeichnis ${file} fehlt. Legen Sie es dorthin oder setzen Sie MUNICIPALITY_REGISTER_FILE.`,
    );
  }
  const checksum = crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
  const state = await prisma.seedState.findUnique({ where: { key: "municipalities" } });
  if (state?.checksum === checksum) {
    log("Gemeindeverzeichnis ist aktuell.");
    return;
  }
  const result = await importRegisterFile(prisma, file, log);
  log(`Gemeindeverzeichnis importiert in ${result.seconds.toFixed(1)} s.`);
}
