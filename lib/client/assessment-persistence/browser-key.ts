/*
 * Where this browser keeps a town's self-check, without the module that reads and sanitises it (issue 19: the
 * comparison page asks whether there is one before it loads the reader, the question catalogue and the
 * recommendation contract).
 */

/** localStorage key of one town's self-check. */
export function browserStorageKey(ags: string): string {
  return `versorgungslotse:selbstcheck:${ags}`;
}

/** Whether this browser holds a self-check of the town at all (answered or not; unreadable storage: no). */
export function hasBrowserAssessment(ags: string, storage: Storage | null = typeof window === "undefined" ? null : window.localStorage): boolean {
  try {
    return storage?.getItem(browserStorageKey(ags)) != null;
  } catch {
    return false;
  }
}
