import type { Metadata } from "next";
import { EmptyState } from "@/components/ui";
import { getDb } from "@/db";
import { describeAction, fieldLabel, formatValue } from "@/lib/audit/describe";
import { listEventHistory } from "@/lib/audit/queries";
import { requireStaff } from "@/lib/auth/session";
import { loadEvent } from "../load";

export const metadata: Metadata = { title: "History" };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function Changes({ before, after }: { before: unknown; after: unknown }) {
  if (!after || typeof after !== "object") return null;
  const b = (before ?? {}) as Record<string, unknown>;
  const entries = Object.entries(after as Record<string, unknown>);
  if (!before) return null;
  return (
    <ul className="mt-1 space-y-0.5 text-sm text-muted">
      {entries.map(([key, value]) => (
        <li key={key}>
          {fieldLabel(key)}: <span className="line-through decoration-muted/60">{formatValue(b[key])}</span> → <span className="text-ink">{formatValue(value)}</span>
        </li>
      ))}
    </ul>
  );
}

export default async function HistoryPage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff("viewer");
  const { id } = await params;
  const event = await loadEvent(id);
  const entries = await listEventHistory(getDb(), event.id);
  if (!entries.length) return <EmptyState title="No history yet" description="Every change to this event will be listed here." />;
  return (
    <ol className="divide-y divide-line rounded-md border border-line" aria-label="History, newest first">
      {entries.map((e) => (
        <li key={e.id} className="px-4 py-3">
          <p className="text-sm text-ink">
            <span className="font-medium">{e.actorLabel}</span> {describeAction(e.action)}
            {e.reason ? <span className="text-muted"> — “{e.reason}”</span> : null}
          </p>
          <p className="text-xs text-muted">{when.format(e.at)} UTC</p>
          <Changes before={e.before} after={e.after} />
        </li>
      ))}
    </ol>
  );
}
