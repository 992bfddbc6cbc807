// What a database error says, wherever the driver put it. Drizzle wraps the
// driver's error in its own, whose `cause` holds it, so look down the chain.
// Pure: error pages import it too (through db/unavailable.ts).

type PgErrorLike = { code?: unknown; constraint?: unknown; constraint_name?: unknown; digest?: unknown; cause?: unknown };

/** The error and its causes, outermost first, at most five deep. */
export function* errorChain(e: unknown): Generator<PgErrorLike> {
  let current: unknown = e;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const err = current as PgErrorLike;
    yield err;
    current = err.cause;
  }
}

/** The first SQLSTATE (or driver code) in the chain that `wanted` accepts, with the error that carries it. */
function firstCode(e: unknown, wanted: (code: string) => boolean): PgErrorLike | null {
  for (const err of errorChain(e)) if (typeof err.code === "string" && wanted(err.code)) return err;
  return null;
}

// PostgreSQL reports a unique violation as SQLSTATE 23505. postgres.js names
// the index in `constraint_name`, PGlite in `constraint`.
export function isUniqueViolation(e: unknown, constraint: string): boolean {
  const err = firstCode(e, (code) => code === "23505");
  return err !== null && (err.constraint === constraint || err.constraint_name === constraint);
}

/** The constraint a foreign-key violation (SQLSTATE 23503) names, or null for any other error. */
export function foreignKeyViolation(e: unknown): string | null {
  const err = firstCode(e, (code) => code === "23503");
  return err === null ? null : String(err.constraint ?? err.constraint_name ?? "");
}

/**
 * Runs `work`, and turns a unique violation of `constraint` into the refusal
 * `refusal` makes: the check before the write names the other record, the
 * index is what holds when two people save the same value at once.
 */
export async function refusingDuplicate<T>(work: Promise<T>, constraint: string, refusal: () => Error): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (isUniqueViolation(e, constraint)) throw refusal();
    throw e;
  }
}
