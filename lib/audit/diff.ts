// What an update changed, as the history records it. One rule for every
// record: values are compared as they are stored in the history (JSON, so a
// Date is its ISO time and a list compares item by item), and a field left
// undefined was not sent, so it is no change.

export type Diff<K extends string = string> = { before: Partial<Record<K, unknown>>; after: Partial<Record<K, unknown>> };

const asRecorded = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

export const sameInHistory = (a: unknown, b: unknown) => JSON.stringify(asRecorded(a)) === JSON.stringify(asRecorded(b));

/** Only the fields that were sent and differ, before and after; null when nothing did. */
export function auditDiff<K extends string>(
  before: Partial<Record<K, unknown>>,
  after: Partial<Record<K, unknown>>,
  fields: readonly K[] = Object.keys(after) as K[],
): Diff<K> | null {
  const diff: Diff<K> = { before: {}, after: {} };
  for (const f of fields) {
    const next = after[f];
    if (next === undefined || sameInHistory(before[f], next)) continue;
    diff.before[f] = asRecorded(before[f]);
    diff.after[f] = asRecorded(next);
  }
  return Object.keys(diff.after).length ? diff : null;
}

/** A record as the history keeps it when it is created or removed: its id and the named fields. */
export function auditSnapshot<K extends string>(row: Record<K, unknown> & { id: string }, fields: readonly K[]): { id: string } & Partial<Record<K, unknown>> {
  return { id: row.id, ...(Object.fromEntries(fields.map((f) => [f, row[f]])) as Partial<Record<K, unknown>>) };
}
