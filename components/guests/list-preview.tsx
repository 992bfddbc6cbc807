import type { ReactNode } from "react";
import { StatusBadge } from "@/components/ui";
import { personName } from "@/lib/people/display-name";
import { SKIP_REASONS, type ListPreview } from "@/lib/invitations/add-list";

const n = (x: number) => x.toLocaleString("en-GB");

/** Who a list would add, who is already on the guest list, and who is skipped and why. */
export function ListPreviewGroups({ preview }: { preview: ListPreview }) {
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <Group id="to-add" title="Will be added" count={preview.toAdd.count} shown={preview.toAdd.people.length} empty="Nobody new.">
        {preview.toAdd.people.map((p) => (
          <li key={p.id} className="py-1.5">
            <span className="font-medium text-ink">{personName(p)}</span>
            <span className="block text-[13px] text-muted [overflow-wrap:anywhere]">{p.email}</span>
          </li>
        ))}
      </Group>
      <Group id="already" title="Already on the guest list" count={preview.already.count} shown={preview.already.people.length} empty="Nobody yet.">
        {preview.already.people.map((p) => (
          <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
            <span className="font-medium text-ink">{personName(p)}</span>
            <StatusBadge status={p.status} />
          </li>
        ))}
      </Group>
      <Group id="skipped" title="Skipped" count={preview.skipped.count} shown={preview.skipped.people.length} empty="Nobody: everyone can be invited.">
        {preview.skipped.people.map((p) => (
          <li key={p.id} className="py-1.5">
            <span className="font-medium text-ink">{personName(p)}</span>
            <span className="block text-[13px] text-danger">{SKIP_REASONS[p.reason]}</span>
          </li>
        ))}
      </Group>
    </div>
  );
}

function Group({ id, title, count, shown, empty, children }: { id: string; title: string; count: number; shown: number; empty: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-md border border-line bg-paper p-4">
      <h4 id={`${id}-heading`} className="flex items-baseline justify-between gap-2 text-sm font-semibold text-ink">
        {title}
        <span className="tabular-nums text-muted">{n(count)}</span>
      </h4>
      {count === 0 ? (
        <p className="mt-2 text-sm text-muted">{empty}</p>
      ) : (
        <ul tabIndex={0} aria-labelledby={`${id}-heading`} className="mt-2 max-h-80 divide-y divide-line overflow-y-auto text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent">{children}</ul>
      )}
      {count > shown ? <p className="mt-2 text-[13px] text-muted">and {n(count - shown)} more</p> : null}
    </section>
  );
}
