import type { Metadata } from "next";
import { LocalTime } from "@/components/staff/local-time";
import { EmptyState } from "@/components/ui";
import { getDb } from "@/db";
import { describeEntry, formatMoment } from "@/lib/audit/describe";
import { listEventHistory } from "@/lib/audit/queries";
import { requireStaff } from "@/lib/auth/session";
import { viewerTimeZone } from "@/lib/events/viewer-zone";
import { loadEvent } from "../load";

export const metadata: Metadata = { title: "History" };

/** When it happened on the event's own clock, and on the reader's when that differs. */
function When({ at, eventZone, readerZone }: { at: Date; eventZone: string; readerZone: string | null }) {
  const own = formatMoment(at, eventZone);
  if (readerZone === eventZone) return <time dateTime={at.toISOString()}>{own}</time>;
  return (
    <>
      <time dateTime={at.toISOString()}>{own}</time>
      <span> · your time: </span>
      {readerZone ? <time dateTime={at.toISOString()}>{formatMoment(at, readerZone)}</time> : <LocalTime date={at} />}
    </>
  );
}

export default async function HistoryPage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff("viewer");
  const { id } = await params;
  const event = await loadEvent(id);
  const [entries, readerZone] = await Promise.all([listEventHistory(getDb(), event.id), viewerTimeZone()]);
  if (!entries.length) return <EmptyState title="No history yet" description="Every change to this event will be listed here." />;
  return (
    <div className="space-y-3">
      <p className="text-sm text-muted">Times are the event’s own ({event.timeZone}){readerZone !== event.timeZone ? ", then yours" : ""}.</p>
      <ol className="divide-y divide-line rounded-md border border-line" aria-label="History, newest first">
        {entries.map((e) => {
          const described = describeEntry(e, event.timeZone);
          return (
            <li key={e.id} className="px-4 py-3">
              <p className="text-sm text-ink">
                <span className="font-medium">{e.actorLabel}</span> {described.summary}
                {e.reason ? <span className="text-muted"> — “{e.reason}”</span> : null}
              </p>
              <p className="text-xs text-muted">
                <When at={e.at} eventZone={event.timeZone} readerZone={readerZone} />
              </p>
              {described.changes.length || described.details.length ? (
                <ul className="mt-1 space-y-0.5 text-sm text-muted">
                  {described.changes.map((c) => (
                    <li key={c.field}>
                      {c.label.charAt(0).toUpperCase() + c.label.slice(1)}: <del className="decoration-muted/60">{c.from}</del> → <ins className="text-ink no-underline">{c.to}</ins>
                    </li>
                  ))}
                  {described.details.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
