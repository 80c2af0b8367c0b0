import { getTranslations } from "next-intl/server";
import type { ComparisonRow, ComparisonRowId, MvzLegalForm } from "@/lib/domain/comparison/rows";
import { MODEL_IDS, type ModelId } from "@/lib/domain/ids";
import { FootnoteRefs, type Footnotes } from "@/components/knowledge/Citations";
import { MODEL_KEY } from "./model-keys";
import { ScrollRegion } from "@/components/ScrollRegion";


export interface ComparisonNumbers {
  cells: Record<ComparisonRowId, Record<ModelId, number[]>>;
  legalForms: Record<string, number[]>;
  /** Hover text per footnote number. */
  titles: Record<number, string>;
}

/**
 * Registers the comparison's citations with the page's footnotes, in reading order. Called by the page
 * before it renders, so the footnote list is complete whatever order the components render in.
 */
/** The snapshot's comparison content (rows and MVZ legal forms). */
export interface ComparisonTableKnowledge {
  comparisonRows: readonly ComparisonRow[];
  mvzLegalForms: readonly MvzLegalForm[];
}

export function numberComparisonCitations(notes: Footnotes, knowledge: ComparisonTableKnowledge): ComparisonNumbers {
  const cells = Object.fromEntries(
    knowledge.comparisonRows.map((row) => [row.id, Object.fromEntries(MODEL_IDS.map((m) => [m, notes.add(row.cells[m].citations)]))]),
  ) as ComparisonNumbers["cells"];
  const legalForms = Object.fromEntries(knowledge.mvzLegalForms.map((f) => [f.id, notes.add(f.citations)]));
  const titles = Object.fromEntries(notes.entries.map((e) => [e.number, notes.hoverText(e.citation)]));
  return { cells, legalForms, titles };
}

function Refs({ numbers, all }: { numbers: number[]; all: ComparisonNumbers }) {
  return <FootnoteRefs numbers={numbers} titles={numbers.map((n) => all.titles[n] ?? "")} />;
}

/**
 * The side-by-side comparison (seven rows × network, municipal MVZ, health centre, PORT as an option),
 * every cell with its footnotes, and the MVZ legal forms. On small screens the table stacks: each cell
 * repeats its column's model name (on screens narrower than 64rem; print keeps the columns).
 */
export async function ComparisonTable({
  knowledge,
  numbers,
  headingLevel = 3,
}: {
  knowledge: ComparisonTableKnowledge;
  numbers: ComparisonNumbers;
  headingLevel?: 3 | 4;
}) {
  const H = headingLevel === 3 ? "h3" : "h4";
  const t = await getTranslations("comparison");
  return (
    <div className="space-y-kern-space-large">
      <div className="cmp-stack-wrap">
        <table className="kern-table cmp-table cmp-stack">
          <caption className="kern-body text-left pb-kern-space-small">{t("table.caption")}</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {t("table.aspect")}
              </th>
              {MODEL_IDS.map((m) => (
                <th key={m} scope="col" className="kern-table__header">
                  {t(`models.${MODEL_KEY[m]}`)}
                  {m === "port" && <span className="block font-normal kern-body--small">{t("table.portOption")}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {knowledge.comparisonRows.map((row) => (
              <tr key={row.id} className="kern-table__row align-top" data-row={row.id}>
                <th scope="row" className="kern-table__header">
                  {row.label_de}
                </th>
                {MODEL_IDS.map((m) => {
                  const cell = row.cells[m];
                  return (
                    <td key={m} className="kern-table__cell">
                      <span className="cmp-stack-label">
                        {t(`models.${MODEL_KEY[m]}`)}:{" "}
                      </span>
                      {cell.text_de}
                      <Refs numbers={numbers.cells[row.id][m]} all={numbers} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <section aria-labelledby="legal-forms-title" className="space-y-kern-space-small">
        <H id="legal-forms-title" className="kern-heading-small">
          {t("legalForms.title")}
        </H>
        <ScrollRegion label={t("legalForms.caption")}>
        <table className="kern-table">
          <caption className="visually-hidden">{t("legalForms.caption")}</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {t("legalForms.form")}
              </th>
              <th scope="col" className="kern-table__header">
                {t("legalForms.guarantee")}
              </th>
              <th scope="col" className="kern-table__header">
                {t("legalForms.what")}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {knowledge.mvzLegalForms.map((f) => (
              <tr key={f.id} className="kern-table__row align-top">
                <th scope="row" className="kern-table__header">
                  {f.label_de}
                </th>
                <td className="kern-table__cell">{f.guaranteeRequired ? t("legalForms.yes") : t("legalForms.no")}</td>
                <td className="kern-table__cell">
                  {f.text_de}
                  <Refs numbers={numbers.legalForms[f.id] ?? []} all={numbers} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </ScrollRegion>
      </section>
    </div>
  );
}
