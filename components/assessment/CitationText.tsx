import { citationParts, sourceSlipNote, type Citation } from "@/lib/domain/citation-core";

/** A citation as text: source title, section and the quoted passage (or the rule and its note). */
export function CitationText({ citation }: { citation: Citation }) {
  const { title, where, quote, file } = citationParts(citation);
  const slip = sourceSlipNote(citation);
  return (
    <>
      <cite className="not-italic font-semibold" title={file ?? undefined}>
        {title}
      </cite>
      {where && <>, {where}</>}
      {quote && <>: „{quote}“</>}
      {slip && <span className="kern-body--small"> ({slip})</span>}
    </>
  );
}
