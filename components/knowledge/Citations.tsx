import { Fragment } from "react";
import { useTranslations } from "next-intl";
import { citationKey, sourceSlipNote, SOURCE_FILES, SOURCE_TITLES, type Citation } from "@/lib/domain/citation-core";

/**
 * Footnotes for cited knowledge: one numbered list per page.
 *
 *   const notes = createFootnotes(sources);          // per page, with the five source documents (titles)
 *   <p>{text}{notes.cite(citations)}</p>             // inline markers [1][2] → #fn-1 …
 *   <FootnoteList notes={notes} />                   // at the end of the page
 *
 * `notes.cite` is a plain call, made while the page builds its element tree, so every marker is numbered before
 * <FootnoteList> renders. Citations of one passage (same source and section, however spelled, see citationKey)
 * share one number; the footnote shows each quote once. Each footnote names the source title, section and quotes
 * and links to /wissen/quellen#<file>; a rule citation names the rule (and its notes).
 *
 * The one footnote component of the app: knowledge pages, the comparison and the self-check result use it
 * (server and client components alike).
 */

export interface SourceTitle {
  file: string;
  title: string;
}

export interface Footnote {
  number: number;
  /** The first citation of the passage (source and section, or the rule). */
  citation: Citation;
  /** The distinct quotes (source) or notes (rule) of all citations of the passage, in first-use order. */
  quotes: string[];
}

/** Without a page's source list: the short titles (the self-check result). */
const DEFAULT_TITLES: readonly SourceTitle[] = SOURCE_FILES.map((file) => ({ file, title: SOURCE_TITLES[file].short }));
const quoteOf = (c: Citation) => (c.kind === "source" ? c.quote : c.note);

export interface Footnotes {
  /** Registers the citations and returns their numbers (in first-use order, without duplicates). */
  add(citations: readonly Citation[]): number[];
  /** Registers the citations and returns the inline markers. */
  cite(citations: readonly Citation[]): React.ReactElement | null;
  readonly entries: readonly Footnote[];
  sourceTitle(file: string): string;
  /** Short text for a hover title: "Quelle: section" or the rule. */
  hoverText(citation: Citation): string;
}

export function createFootnotes(sources: readonly SourceTitle[] = DEFAULT_TITLES): Footnotes {
  const byKey = new Map<string, Footnote>();
  const entries: Footnote[] = [];
  const titles = new Map(sources.map((s) => [s.file, s.title]));
  const notes: Footnotes = {
    add(citations) {
      const numbers: number[] = [];
      for (const citation of citations) {
        const key = citationKey(citation);
        let note = byKey.get(key);
        if (!note) {
          note = { number: entries.length + 1, citation, quotes: [] };
          byKey.set(key, note);
          entries.push(note);
        }
        const quote = quoteOf(citation);
        if (quote && !note.quotes.includes(quote)) note.quotes.push(quote);
        if (!numbers.includes(note.number)) numbers.push(note.number);
      }
      return numbers;
    },
    cite(citations) {
      const numbers = notes.add(citations);
      if (numbers.length === 0) return null;
      return <FootnoteRefs numbers={numbers} titles={numbers.map((n) => notes.hoverText(entries[n - 1]!.citation))} />;
    },
    get entries() {
      return entries;
    },
    sourceTitle(file) {
      return titles.get(file) ?? file;
    },
    hoverText(citation) {
      return citation.kind === "source"
        ? `${notes.sourceTitle(citation.source)} – ${citation.section}`
        : `${citation.rule}${citation.note ? ` – ${citation.note}` : ""}`;
    },
  };
  return notes;
}

/** Inline footnote markers: superscript links to the page's footnotes, with the source on hover. */
export function FootnoteRefs({ numbers, titles = [] }: { numbers: readonly number[]; titles?: readonly string[] }) {
  const t = useTranslations("knowledge");
  return (
    <sup className="knowledge-footnote-ref ml-[2px]">
      {/* A marker never breaks inside ("[1" / "2]"); a long row of markers may break between them. */}
      {numbers.map((n, i) => (
        <Fragment key={n}>
          {i > 0 && "\u200b"}
          <a
            href={`#fn-${n}`}
            className="kern-link no-underline whitespace-nowrap"
            aria-label={t("footnoteRef", { number: n })}
            title={titles[i]}
            data-footnote-ref={n}
            data-testid="footnote-ref"
          >
            [{n}]
          </a>
        </Fragment>
      ))}
    </sup>
  );
}

/** The numbered footnote list of a page (its own section and heading; `title`/`intro` override the defaults). */
export function FootnoteList({ notes, headingId = "belege", title, intro }: { notes: Footnotes; headingId?: string; title?: string; intro?: string }) {
  const t = useTranslations("knowledge");
  if (notes.entries.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="space-y-kern-space-small border-t border-kern-layout-border pt-kern-space-default">
      <h2 id={headingId} className="kern-heading-small">
        {title ?? t("footnotesTitle")}
      </h2>
      {intro ? <p className="kern-body kern-body--small">{intro}</p> : null}
      <ol className="kern-body kern-body--small space-y-kern-space-x-small list-none m-0 p-0" data-testid="footnotes">
        {notes.entries.map(({ number, citation, quotes }) => (
          <li key={number} id={`fn-${number}`} className="scroll-mt-kern-space-x-large">
            <span className="font-semibold">[{number}]</span>{" "}
            {citation.kind === "source" ? (
              <>
                <a className="kern-link" href={`/wissen/quellen#${citation.source}`}>
                  {notes.sourceTitle(citation.source)}
                </a>
                {", "}
                {t("section")} „{citation.section}“
                {quotes.map((quote, i) => (
                  <span key={i}>
                    {i === 0 ? ": " : " · "}
                    <q lang="de">{quote}</q>
                  </span>
                ))}
                {sourceSlipNote(citation) ? <span data-testid="source-slip"> ({sourceSlipNote(citation)})</span> : null}
              </>
            ) : (
              <>
                {t("rule")}: <span className="font-semibold">{citation.rule}</span>
                {quotes.length > 0 ? ` – ${quotes.join(" · ")}` : null}
                {" "}
                <span className="kern-body--muted">({t("ruleOutsideSources")})</span>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
