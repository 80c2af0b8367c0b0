import Link from "next/link";

/**
 * Shown where a tool needs an organisation for the town and the signed-in user has none: what is missing and the way
 * to the organisations page. The texts come from the tool's own namespace (plan, supply, …).
 */
export function NoOrganisationNotice({ title, text, linkText }: { title: string; text: string; linkText: string }) {
  return (
    <section aria-labelledby="noorg-title" className="kern-alert kern-alert--info max-w-[48rem]">
      <div className="kern-alert__header">
        <h2 id="noorg-title" className="kern-title">
          {title}
        </h2>
      </div>
      <div className="kern-alert__body space-y-kern-space-small">
        <p className="kern-body">{text}</p>
        <p>
          <Link className="kern-link" href="/organisationen">
            {linkText}
          </Link>
        </p>
      </div>
    </section>
  );
}
