/**
 * Message namespaces: one JSON file per namespace and locale in messages/<locale>/<namespace>.json.
 * A feature adds its namespace here (and both files); German is complete, English second.
 */
export const NAMESPACES = ["common", "nav", "home", "search", "municipality", "footer", "errors", "assessment", "knowledge", "comparison", "auth", "organisation", "supply", "legal", "workshop", "plan", "engine", "presentation", "report", "county", "handover", "curation"] as const;

/**
 * The namespaces every page's client components may use (the search box in the start page and the 404 page, the
 * error boundary). Other namespaces reach the client only below a route layout's <ClientMessages namespaces={…}>.
 */
export const CLIENT_BASE_NAMESPACES = ["search", "errors"] as const;
