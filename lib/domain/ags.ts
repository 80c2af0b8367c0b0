import { safeText } from "@/lib/domain/text";

/**
 * The eight-digit Amtlicher Gemeindeschlüssel: the one AGS schema of the app (issue 13), used by the API, the forms,
 * the self-check's answers, the knowledge files and the browser's stores. Re-exported by ./schemas/municipality.ts.
 */
export const AgsSchema = safeText({ error: "Der Gemeindeschlüssel (AGS) fehlt." }).regex(/^\d{8}$/, "Der Amtliche Gemeindeschlüssel (AGS) besteht aus genau 8 Ziffern, z. B. 05766024.");
