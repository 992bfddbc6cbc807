// Two bookings clash when their times overlap; one ending exactly when the
// other starts does not (half-open intervals).
export type Interval = { startsAt: Date; endsAt: Date };

export function overlaps(a: Interval, b: Interval): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

export type ConflictCandidate = Interval & {
  id: string;
  title: string;
  venueId: string | null;
  speakerPersonIds: readonly string[];
};

export type Conflict =
  | { kind: "venue"; eventId: string; eventTitle: string }
  | { kind: "speaker"; eventId: string; eventTitle: string; personId: string };

/** What `event` clashes with among `others`: the same venue, or a speaker booked twice. */
export function findConflicts(event: ConflictCandidate, others: readonly ConflictCandidate[]): Conflict[] {
  const out: Conflict[] = [];
  for (const other of others) {
    if (other.id === event.id || !overlaps(event, other)) continue;
    if (event.venueId && event.venueId === other.venueId) out.push({ kind: "venue", eventId: other.id, eventTitle: other.title });
    for (const personId of event.speakerPersonIds) {
      if (other.speakerPersonIds.includes(personId)) out.push({ kind: "speaker", eventId: other.id, eventTitle: other.title, personId });
    }
  }
  return out;
}
