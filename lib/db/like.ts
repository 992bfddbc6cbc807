/**
 * LIKE treats `%`, `_` and `\` as pattern characters; a search for "100%" means the text.
 * A NUL byte cannot be sent in PostgreSQL text (the query fails): no name holds one, so it is dropped.
 */
export function escapeLike(s: string): string {
  return s.replace(/\u0000/g, "").replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A LIKE pattern that finds the text anywhere. */
export const containing = (s: string) => `%${escapeLike(s)}%`;
