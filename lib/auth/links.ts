/** Auth pages shared by server and client code. */

/** Where the link of a verification mail lands (app/e-mail-bestaetigt): says whether it worked and leads on. */
export const VERIFIED_PAGE = "/e-mail-bestaetigt";

/** Only same-site relative paths are followed after sign-in or verification. */
export function safeNext(next: string | undefined | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/organisationen";
}

/** The callbackURL of a verification mail: the verification page, and from there on to `next`. */
export function verificationCallback(next: string | undefined): string {
  return `${VERIFIED_PAGE}?next=${encodeURIComponent(safeNext(next))}`;
}
