/**
 * After "Auswerten" the wizard navigates to the result; the result page then moves the focus to its heading (a
 * session flag, so a reload or a link from elsewhere leaves the focus where the browser puts it).
 */
const KEY = "versorgungslotse:fokus-ergebnis";

export function requestResultFocus(): void {
  try {
    window.sessionStorage.setItem(KEY, "1");
  } catch {
    // Storage blocked: the focus stays where the browser puts it.
  }
}

/** True once after requestResultFocus(). */
export function takeResultFocusRequest(): boolean {
  try {
    const wanted = window.sessionStorage.getItem(KEY) === "1";
    window.sessionStorage.removeItem(KEY);
    return wanted;
  } catch {
    return false;
  }
}
