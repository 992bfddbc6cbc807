// PostgreSQL reports a unique violation as SQLSTATE 23505. postgres.js names
// the index in `constraint_name`, PGlite in `constraint`, and Drizzle wraps
// either in an error whose `cause` holds it, so look down the chain.
type PgErrorLike = { code?: unknown; constraint?: unknown; constraint_name?: unknown; cause?: unknown };

export function isUniqueViolation(e: unknown, constraint: string): boolean {
  let current: unknown = e;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const err = current as PgErrorLike;
    if (err.code === "23505") return err.constraint === constraint || err.constraint_name === constraint;
    current = err.cause;
  }
  return false;
}

/** The constraint a foreign-key violation (SQLSTATE 23503) names, or null for any other error. */
export function foreignKeyViolation(e: unknown): string | null {
  let current: unknown = e;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const err = current as PgErrorLike;
    if (err.code === "23503") return String(err.constraint ?? err.constraint_name ?? "");
    current = err.cause;
  }
  return null;
}

export const PEOPLE_EMAIL_INDEX = "people_email_lower_idx";
