import path from "node:path";
import { z } from "zod";

/** DATABASE_URL value that means "the embedded PGlite database" (it must still parse as postgresql://…). */
export const EMBEDDED_DATABASE_URL = "postgresql://pglite@localhost/pglite";

export type DatabaseTarget =
  | { kind: "embedded"; dataDir: string }
  | { kind: "server"; url: string };

const DatabaseEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL muss mit postgresql:// beginnen.")
    .optional()
    .or(z.literal("")),
  PGLITE_DATA_DIR: z.string().trim().min(1).optional(),
});

/**
 * Which database the process uses: PostgreSQL when DATABASE_URL names a server, otherwise the embedded PGlite
 * database in `data/pglite` (or PGLITE_DATA_DIR).
 */
export function resolveDatabaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const parsed = DatabaseEnvSchema.safeParse({
    DATABASE_URL: env.DATABASE_URL,
    PGLITE_DATA_DIR: env.PGLITE_DATA_DIR,
  });
  if (!parsed.success) {
    throw new Error(`Ungültige Datenbank-Konfiguration: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  }
  const url = parsed.data.DATABASE_URL;
  if (url && url !== EMBEDDED_DATABASE_URL) return { kind: "server", url };
  return {
    kind: "embedded",
    dataDir: path.resolve(/*turbopackIgnore: true*/ parsed.data.PGLITE_DATA_DIR ?? path.join("data", "pglite")),
  };
}
