/**
 * CLI: npm run --silent screen -- --kreis 05766 [--format csv|json] [--csv kreis.csv]
 * Batch screening of every town of a Kreis: supply figures, urgency ("Wo zuerst handeln") with reasons and the
 * engine's top model with its confidence. Without a database: the towns come from the register file (prisma/data),
 * the knowledge from knowledge/; the answers known are the register facts and, with --csv, a county-wide provider
 * file (AGS column first, the shape /kreis/{key} imports and exports). Everything else stays unknown.
 * Output on stdout (CSV with `;` by default); a bad argument or file: exit code 2 with a German message on stderr.
 */
import fs from "node:fs";
import { screeningTownsFromRegister } from "../lib/server/use-cases/county/register-towns";
import { screenTowns, type KnownForTown } from "../lib/server/use-cases/county/screening";
import { writeCsv } from "../lib/domain/csv/parse";
import { parseCountyProvidersCsvAsync } from "../lib/domain/csv/providers";
import { supplyParametersAt } from "../lib/domain/supply";
import { parseGv100 } from "../lib/server/import/gv100";
import { knowledgeFromFiles } from "../lib/knowledge/snapshot-files";
import { defaultRegisterFile } from "../prisma/seed/municipalities";
import { decodeTextFile } from "../lib/domain/csv/encoding";

function fail(message: string): never {
  process.stderr.write(message.endsWith("\n") ? message : message + "\n");
  process.exit(2);
}

function args(argv: string[]): { kreis: string; format: "csv" | "json"; csv?: string } {
  const out: { kreis?: string; format: "csv" | "json"; csv?: string } = { format: "csv" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = argv[i + 1];
    if (a === "--kreis" && value) out.kreis = value;
    else if (a === "--format" && (value === "csv" || value === "json")) out.format = value;
    else if (a === "--csv" && value) out.csv = value;
    else fail(`Unbekanntes Argument „${a}“.\nAufruf: npm run --silent screen -- --kreis 05766 [--format csv|json] [--csv kreis.csv]`);
    i++; // every argument takes a value
  }
  if (!out.kreis || !/^\d{5}$/.test(out.kreis)) fail("Bitte den Kreisschlüssel angeben (5 Ziffern), z. B. --kreis 05766.");
  return { kreis: out.kreis, format: out.format, ...(out.csv ? { csv: out.csv } : {}) };
}

const { kreis, format, csv } = args(process.argv.slice(2));
const register = parseGv100(fs.readFileSync(defaultRegisterFile(), "utf8"));
const kreisRecord = register.kreise.find((k) => k.key === kreis);
if (!kreisRecord) fail(`Den Kreis ${kreis} gibt es im Gemeindeverzeichnis nicht.`);
const towns = screeningTownsFromRegister(register, kreis);
const known = new Map<string, KnownForTown>();
if (csv) {
  let text: string;
  try {
    // Any encoding German tools write (UTF-8 with or without BOM, Windows-1252 from Excel, UTF-16): detected, not assumed.
    text = decodeTextFile(fs.readFileSync(csv)).text;
  } catch (e) {
    fail(`Die Datei „${csv}“ konnte nicht gelesen werden: ${(e as Error).message}`);
  }
  const parsed = await parseCountyProvidersCsvAsync(text, new Set(towns.map((t) => t.ags)));
  if (!parsed.ok) fail(`Die Datei „${csv}“ hat Fehler:\n${parsed.errors.map((e) => `  – Zeile ${e.line}${e.column ? `, ${e.column}` : ""}: ${e.message}`).join("\n")}`);
  for (const [ags, providers] of parsed.towns) known.set(ags, { providers });
}
const knowledge = knowledgeFromFiles();
const asOf = new Date().toISOString().slice(0, 10);
const screening = screenTowns(towns, known, { params: supplyParametersAt(knowledge.ruleParameters, asOf), knowledge, asOf });

const rows = screening.rows.map((r) => ({
  rank: r.urgency.rank,
  ags: r.ags,
  name: r.name,
  population: r.population,
  urgency: r.urgency.level,
  reasons: r.urgency.reasons_de,
  gps: r.supply?.hasData ? r.supply.gpHeadcount : null,
  fte: r.supply?.hasData ? r.supply.countedGps : null,
  versorgungsgrad: r.supply?.versorgungsgrad.value ?? null,
  exitsWithin5Years: r.supply?.hasData ? r.supply.gpExitsWithin5Years : null,
  exitsWithin10Years: r.gpExitsWithin10Years,
  topModel: r.verdict?.topLabel ?? null,
  confidence: r.verdict?.confidence.level ?? null,
  answeredShare: r.verdict?.confidence.answeredShare ?? null,
}));
if (format === "json") {
  process.stdout.write(JSON.stringify({ kreis: { key: kreis, name: kreisRecord.name }, asOf, knowledgeVersion: knowledge.version, towns: rows, retirementWave: screening.wave }, null, 2) + "\n");
} else {
  const n = (x: number | null) => (x === null ? "unbekannt" : String(Math.round(x * 100) / 100).replace(".", ","));
  const table = [
    ["Rang", "AGS", "Gemeinde", "Einwohner", "Dringlichkeit", "Gründe", "Hausärzte", "Vollzeitstellen", "Versorgungsgrad", "Abgänge 5 Jahre", "Abgänge 10 Jahre", "Modell vorn", "Sicherheit"],
    ...rows.map((r) => [String(r.rank), r.ags, r.name, String(r.population), r.urgency, r.reasons.join(" | "), n(r.gps), n(r.fte), n(r.versorgungsgrad), n(r.exitsWithin5Years), n(r.exitsWithin10Years), r.topModel ?? "unbekannt", r.confidence ?? "unbekannt"]),
  ];
  process.stdout.write(writeCsv(table, ";", false));
}
