/** Auth pages shared by server and client code. */

/** Where the link of a verification mail lands (app/e-mail-bestaetigt): says whether it worked and leads on. */
export const VERIFIED_PAGE = "/e-mail-bestaetigt";

/** Where a sign-in without a (usable) return address leads. */
export const DEFAULT_AFTER_SIGN_IN = "/organisationen";

/** Pages a return address must not name: the auth pages themselves (a loop) and the API (not a page). */
const NOT_A_RETURN_PAGE = /^\/(api\/|anmelden(\/|$)|registrieren(\/|$)|passwort-neu(\/|$)|passwort-vergessen(\/|$))/;

const CHECK_ORIGIN = "http://return.invalid";

/**
 * The page to return to after sign-in, sign-up or verification: only a same-origin path of this app
 * (`/gemeinde/05766024/selbstcheck/ergebnis?org=…`). Refused — and replaced by /organisationen — are absolute and
 * protocol-relative URLs (`https://…`, `//evil`, `/\evil`), control characters, the auth pages themselves, the
 * API and anything over 2,000 characters. The result is the path as the URL parser normalises it.
 */
export function safeNext(next: string | undefined | null): string {
  if (!next || next.length > 2000 || !next.startsWith("/") || next.startsWith("//")) return DEFAULT_AFTER_SIGN_IN;
  if (next.includes("\\") || /[\u0000-\u001f\u007f]/.test(next)) return DEFAULT_AFTER_SIGN_IN;
  let url: URL;
  try {
    url = new URL(next, CHECK_ORIGIN);
  } catch {
    return DEFAULT_AFTER_SIGN_IN;
  }
  if (url.origin !== CHECK_ORIGIN || NOT_A_RETURN_PAGE.test(url.pathname)) return DEFAULT_AFTER_SIGN_IN;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The sign-in page that returns to `here` afterwards. Plain /anmelden (→ /organisationen) when `here` is not a page
 * to return to, or the start page (nothing there is the user's own work).
 */
export function signInHref(here: string | null | undefined): string {
  if (here === "/") return "/anmelden";
  const next = safeNext(here);
  return next === DEFAULT_AFTER_SIGN_IN && here !== DEFAULT_AFTER_SIGN_IN ? "/anmelden" : `/anmelden?next=${encodeURIComponent(next)}`;
}

/** The callbackURL of a verification mail: the verification page, and from there on to `next`. */
export function verificationCallback(next: string | undefined): string {
  return `${VERIFIED_PAGE}?next=${encodeURIComponent(safeNext(next))}`;
}
