import { describe, it, expect } from "vitest";
import fs from "node:fs";
import { ZodError } from "zod";
import { describeWithSourceTexts, sharedFile } from "@/tests/support/source-texts";
import { SOURCE_FILES, type Citation } from "../domain/citation";
import { KOMMKOM_MEASURE_COUNT, MEASURE_FIELDS, parseKnowledgeBase } from "./index";
import { containsVerbatim, loadSource } from "./source-text";
import { knowledgeFromFiles, readKnowledgeFiles } from "./snapshot-files";

const snapshot = knowledgeFromFiles();
/** The knowledge-base part of the snapshot (the rule set, comparison and rule tables are checked in their own tests). */
const knowledgeBase = {
  sources: snapshot.sources,
  models: snapshot.models,
  caseStudies: snapshot.caseStudies,
  factors: snapshot.factors,
  measures: snapshot.measures,
  municipalRoles: snapshot.municipalRoles,
  roleMatrix: snapshot.roleMatrix,
  guidingQuestions: snapshot.guidingQuestions,
};
const read = (file: string) => loadSource(file);
const rawKnowledgeBase = () => {
  const { content, manifest } = readKnowledgeFiles();
  return { version: manifest.version, ...content } as Record<string, unknown> & { measures: Array<Record<string, unknown>>; models: Array<Record<string, unknown>> };
};

/** Collect every citation object anywhere below `value`. */
function collectCitations(value: unknown, out: Citation[] = []): Citation[] {
  if (Array.isArray(value)) value.forEach((v) => collectCitations(v, out));
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if ((o.kind === "source" && typeof o.source === "string") || (o.kind === "rule" && typeof o.rule === "string"))
      out.push(o as unknown as Citation);
    else Object.values(o).forEach((v) => collectCitations(v, out));
  }
  return out;
}

describe("knowledge base", () => {
  it("validates with the schemas and cross-checks", () => {
    const kb = parseKnowledgeBase(rawKnowledgeBase());
    expect(kb.version).toBe(snapshot.version);
    expect(kb.models.map((m) => m.id).sort()).toEqual(["health-centre", "municipal-mvz", "port", "provider-network"]);
    expect(kb.caseStudies).toHaveLength(9);
  });

  it("names the offending entry when validation fails", () => {
    const raw = rawKnowledgeBase();
    const broken = { ...raw, measures: raw.measures.map((m, i) => (i === 0 ? { ...m, citations: [] } : m)) };
    expect(() => parseKnowledgeBase(broken)).toThrow(ZodError);
    try {
      parseKnowledgeBase(broken);
    } catch (e) {
      expect(String((e as ZodError).issues[0]?.message)).toContain("gesunde-staedte-netzwerk");
    }
  });

  it("rejects unknown case-study references", () => {
    const raw = rawKnowledgeBase();
    const broken = {
      ...raw,
      models: raw.models.map((m) => (m.id === "port" ? { ...m, caseStudySlugs: [...(m.caseStudySlugs as string[]), "atlantis"] } : m)),
    };
    expect(() => parseKnowledgeBase(broken)).toThrow(/atlantis/);
  });
});

describe("citations", () => {
  const groups: Array<[string, ReadonlyArray<{ citations?: unknown } & object>]> = [
    ["models", knowledgeBase.models],
    ["caseStudies", knowledgeBase.caseStudies],
    ["factors", knowledgeBase.factors],
    ["measures", knowledgeBase.measures],
  ];
  const sourceFiles = new Set<string>(SOURCE_FILES);

  for (const [name, items] of groups) {
    it(`every entry of ${name} has a source citation whose file exists`, () => {
      for (const item of items) {
        const sourceCitations = collectCitations(item).filter((c) => c.kind === "source");
        expect(sourceCitations.length, `${name}: ${JSON.stringify(item).slice(0, 80)}`).toBeGreaterThan(0);
        for (const c of sourceCitations) if (c.kind === "source") expect(sourceFiles.has(c.source), c.source).toBe(true);
      }
    });
  }

});

describeWithSourceTexts("citations against the source texts", () => {
  it("every source quote and section occurs verbatim in its source (modulo whitespace and hyphenation)", () => {
    const all = collectCitations(knowledgeBase);
    const failures: string[] = [];
    for (const c of all) {
      if (c.kind !== "source") continue;
      const text = read(c.source);
      if (c.quote !== undefined && !containsVerbatim(text, c.quote)) failures.push(`quote in ${c.source}: ${c.quote}`);
      if (!containsVerbatim(text, c.section)) failures.push(`section in ${c.source}: ${c.section}`);
    }
    expect(failures).toEqual([]);
    expect(all.length).toBeGreaterThan(300);
  }, 60_000);

  it("the verbatim check tolerates hyphenation but rejects altered text", () => {
    const port = read("port-studie-rolle-der-kommunen.txt");
    expect(containsVerbatim(port, "alleiniger Gesellschafter der Ärztezentrum Büsum gGmbH")).toBe(true);
    expect(containsVerbatim(port, "Die Kommune hat mit der Erschließung des Grundstücks")).toBe(true);
    expect(containsVerbatim(port, "alleinige Eigentümerin der Ärztezentrum Büsum gGmbH")).toBe(false);
  });
});

describeWithSourceTexts("measures against the KommKom text", () => {
  const kommkomText = read("kommkom-muensterland-loesungsansaetze.txt");
  const kommkom = knowledgeBase.measures.filter((m) => m.catalogue === "kommkom");

  /** Titles from the table of contents: bullet lines (with indented continuation lines) before the first "Der Anfang ist gemacht!". */
  function tocTitles(text: string): string[] {
    const lines = text.split(/\r?\n/);
    const start = lines.findIndex((l) => l.trim() === "INHALT");
    const end = lines.findIndex((l, i) => i > start && l.startsWith("Der Anfang ist gemacht!"));
    const titles: string[] = [];
    let current: string | null = null;
    for (const line of lines.slice(start, end)) {
      const bullet = /^\s*•\s+(.*)$/.exec(line);
      if (bullet) {
        if (current !== null) titles.push(current);
        current = (bullet[1] ?? "").trim();
      } else if (current !== null && /^\s{2,}\S/.test(line)) {
        current += " " + line.trim();
      } else if (line.trim() !== "" && current !== null) {
        titles.push(current);
        current = null;
      }
    }
    if (current !== null) titles.push(current);
    return [...new Set(titles.map((t) => t.replace(/\s+/g, " ").trim()))];
  }

  it("KommKom count equals KOMMKOM_MEASURE_COUNT and the count derived from the table of contents", () => {
    const toc = tocTitles(kommkomText);
    expect(toc.length).toBe(KOMMKOM_MEASURE_COUNT);
    expect(kommkom.length).toBe(KOMMKOM_MEASURE_COUNT);
    const norm = (s: string) => s.replace(/\s+/g, "");
    expect(kommkom.map((m) => norm(m.title)).sort()).toEqual(toc.map(norm).sort());
  });

  it("KommKom count equals the number of SEKTOR markers (one per measure page)", () => {
    const sektor = kommkomText.match(/SEKTOR/g) ?? [];
    expect(sektor.length).toBe(KOMMKOM_MEASURE_COUNT);
  });

  it("every KommKom title also occurs in the body after the table of contents", () => {
    const body = kommkomText.slice(kommkomText.indexOf("Hinweise zur Nutzung"));
    for (const m of kommkom) expect(containsVerbatim(body, m.title), m.title).toBe(true);
  });

});

describe("measures", () => {
  const kommkom = knowledgeBase.measures.filter((m) => m.catalogue === "kommkom");
  it("every measure's field is one of the five Themenschwerpunkte", () => {
    for (const m of knowledgeBase.measures) expect(MEASURE_FIELDS).toContain(m.field);
    const perField = Object.fromEntries(MEASURE_FIELDS.map((f) => [f, kommkom.filter((m) => m.field === f).length]));
    expect(perField).toEqual({
      Marketing: 7,
      Infrastruktur: 8,
      "Aus-, Fort- & Weiterbildung": 7,
      Digitalisierung: 6,
      Vernetzung: 5,
    });
  });

  it("includes the Heinsberg measures", () => {
    const slugs = knowledgeBase.measures.filter((m) => m.catalogue === "heinsberg").map((m) => m.slug);
    for (const s of [
      "heinsberg-koordinationsstelle-wfg",
      "heinsberg-grobkonzept",
      "heinsberg-landarztplus",
      "heinsberg-erfahrungsaustausch-schaumburg",
      "heinsberg-umfrage-medizinstudierende",
      "heinsberg-dachmarkenkonzept",
    ])
      expect(slugs).toContain(s);
  });
});

describe("roles", () => {
  it("keeps the eleven Oberender roles in printed order", () => {
    expect(knowledgeBase.municipalRoles).toHaveLength(11);
    expect(knowledgeBase.municipalRoles[0]?.printed).toBe("Initiierung des PORT-Zentrums");
    expect(knowledgeBase.municipalRoles[10]?.slug).toBe("erreichbarkeit");
  });

  it("matrix equals Abbildung 1 cell by cell", () => {
    // Transcribed from port-studie-rolle-der-kommunen.txt, chapter 3.3, "Abbildung 1".
    const expected = {
      columns: [
        "Initiierung PORT",
        "Eigentümer/Gesellschafter",
        "Eigentümer Gebäude",
        "Unterstützung Gebäude",
        "Unterstützung Bedarfsermittlung",
        "(Unterstützung) Umsetzung GFP",
        "Vernetzung",
        "Unterstützung Verein",
      ],
      rows: [
        ["Büsum", ["X", "X", "X", "", "X", "", "X", "X"]],
        ["Landkreis Darmstadt-Dieburg", ["X", "X", "", "X", "X", "", "X", "-"]],
        ["Dornhan", ["X", "", "", "X", "-", "(X)", "X", "X"]],
        ["Hohenstein", ["X", "", "", "X", "X", "X", "X", "X"]],
        ["Willingen u. Diemelsee", ["X", "", "", "", "X", "", "X", "X"]],
      ],
    };
    const m = knowledgeBase.roleMatrix;
    expect(m.columns.map((c) => c.heading)).toEqual(expected.columns);
    expect(m.rows.map((r) => [r.site, r.cells])).toEqual(expected.rows);
    expect(m.rolesWithoutColumn).toHaveLength(3);
  });

});

describeWithSourceTexts("roles against the PORT study text", () => {
  it("matrix headings and rows occur in the source; X-counts per row match the printed table", () => {
    const port = read("port-studie-rolle-der-kommunen.txt");
    for (const c of knowledgeBase.roleMatrix.columns) expect(containsVerbatim(port, c.heading), c.heading).toBe(true);
    const fig = port.slice(port.indexOf("Abbildung 1:"), port.indexOf("Fragestellung III"));
    for (const r of knowledgeBase.roleMatrix.rows) {
      const marks = r.cells.filter((c) => c !== "").join("");
      expect(containsVerbatim(fig, `${r.site}${marks}`), r.site).toBe(true);
    }
  });
});

describe("case studies", () => {
  const registerFile = sharedFile("data", "GV100AD_301123.txt");
  it.skipIf(!registerFile)("every AGS and county key exists in the municipality register (../shared/data)", () => {
    const register = fs.readFileSync(registerFile!, "utf8");
    for (const c of knowledgeBase.caseStudies) {
      for (const ags of c.municipalityAgs) expect(register.includes(`60${"20231130"}${ags}`), `${c.slug} ${ags}`).toBe(true);
      if (c.countyKey) expect(register.includes(`40${"20231130"}${c.countyKey}`), `${c.slug} ${c.countyKey}`).toBe(true);
    }
  });

  it("records the source disagreements", () => {
    const d = (slug: string) => knowledgeBase.caseStudies.find((c) => c.slug === slug)?.disagreements.length ?? 0;
    expect(d("marienmuenster")).toBeGreaterThan(0);
    expect(d("buesum")).toBeGreaterThan(0);
  });
});
