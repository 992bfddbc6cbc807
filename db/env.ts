import { z } from "zod";

// The variables the database layer reads. lib/env.ts extends this schema with
// the rest, so every variable is still validated in one schema, with one message.
export const databaseEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({ message: "DATABASE_URL must be a postgres:// URL" }).optional(),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  // "off" behind a pooler in transaction mode (PgBouncer), which cannot keep prepared statements (db/prepared.ts).
  DATABASE_PREPARE: z.enum(["on", "off"], { message: 'DATABASE_PREPARE must be "on" or "off"' }).default("on"),
});

export type DatabaseEnv = z.infer<typeof databaseEnvSchema>;

function blankToUndefined(source: NodeJS.ProcessEnv): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(source)) out[k] = v === "" ? undefined : v;
  return out;
}

/** Parses the environment with `schema`; a blank variable counts as unset. Throws one message naming every problem. */
export function parseEnv<S extends z.ZodType>(schema: S, source: NodeJS.ProcessEnv): z.infer<S> {
  const parsed = schema.safeParse(blankToUndefined(source));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Convene cannot start: the environment is not valid.\n${problems}`);
  }
  return parsed.data;
}

export const databaseEnv: DatabaseEnv = parseEnv(databaseEnvSchema, process.env);
