// `npm run import:municipalities -- <GV100AD file>`: import or update the municipality register in one transaction.
import fs from "node:fs";
import { runCli } from "@/lib/server/db/cli";
import { Gv100ParseError } from "@/lib/server/import/gv100";
import { defaultRegisterFile, importRegisterFile } from "@/prisma/seed/municipalities";

const file = process.argv[2] ?? defaultRegisterFile();
if (!fs.existsSync(file)) {
  console.error(`Datei nicht gefunden: ${file}\nAufruf: npm run import:municipalities -- <GV100AD-Datei>`);
  process.exit(2);
}
await runCli("import:municipalities", async (database) => {
  try {
    const result = await importRegisterFile(database.prisma, file, (message) => console.log(message));
    const m = result.summary.municipalities;
    console.log(`Fertig in ${result.seconds.toFixed(1)} s: ${m.created} neu, ${m.updated} geändert, ${m.unchanged} unverändert.`);
    if (m.notInFile > 0) console.log(`${m.notInFile} gespeicherte Gemeinden fehlen in der Datei (nicht gelöscht).`);
  } catch (error) {
    if (error instanceof Gv100ParseError) {
      throw new Error(`Import abgebrochen, die Datenbank ist unverändert. ${file}, ${error.message}`);
    }
    throw error;
  }
});
