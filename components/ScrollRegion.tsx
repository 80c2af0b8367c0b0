/**
 * A wide table's own horizontal scrolling area: the page itself never scrolls sideways on a phone. The region is
 * focusable and named, so keyboard users can scroll it too (axe `scrollable-region-focusable`).
 */
export function ScrollRegion({ label, children, className = "" }: { label: string; children: React.ReactNode; className?: string }) {
  return (
    <div className={`scroll-region ${className}`.trim()} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
