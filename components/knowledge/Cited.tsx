import type { CitedStatements, CitedText } from "@/lib/knowledge/common";
import type { Footnotes } from "./Citations";

/**
 * Plain render helpers for cited content. They are functions, not components, so the footnote markers are
 * numbered while the page builds its tree (see Citations.tsx).
 */

export function citedList(items: readonly CitedText[], notes: Footnotes, className = "space-y-kern-space-x-small") {
  return (
    <ul className={`kern-body list-disc pl-kern-space-large ${className}`}>
      {items.map((item, i) => (
        <li key={i}>
          {item.text}
          {notes.cite(item.citations)}
        </li>
      ))}
    </ul>
  );
}

export function citedStatements(value: CitedStatements, notes: Footnotes, gapLabel: string) {
  return (
    <>
      {value.statements.length > 0 && citedList(value.statements, notes)}
      {value.gap && (
        <p className="kern-body kern-body--muted">
          <span className="font-semibold">{gapLabel}:</span> {value.gap}
        </p>
      )}
    </>
  );
}

export function citedText(item: CitedText, notes: Footnotes, className = "kern-body") {
  return (
    <p className={className}>
      {item.text}
      {notes.cite(item.citations)}
    </p>
  );
}
