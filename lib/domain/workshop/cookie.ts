/** The participant cookie (strictly necessary: one random id per workshop, httpOnly, no name or IP). */
export const participantCookieName = (code: string) => `vl_ws_${code}`;
export const PARTICIPANT_COOKIE_MAX_AGE = 60 * 60 * 24 * 3;
