import { formatLabel, type EventFormat } from "@/lib/events/format";
import type { Attribution } from "@/lib/events/attribution";
import { AttributionBadge } from "./attribution-badge";

type Props = {
  id: string;
  format: EventFormat;
  attribution: Attribution;
  visibility: "public" | "invitation_only" | "internal";
  status: "draft" | "scheduled" | "cancelled";
};

export function EventBadges({ id, format, attribution, visibility, status }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="text-xs font-semibold uppercase tracking-[0.16em] text-accent">{formatLabel(format)}</span>
      {status === "cancelled" ? (
        <span className="rounded-sm border border-danger/30 bg-danger-tint px-2 py-0.5 text-xs font-semibold uppercase tracking-wider text-danger">
          Cancelled
        </span>
      ) : null}
      {attribution !== "on_record" ? <AttributionBadge id={`${id}-attribution`} attribution={attribution} /> : null}
      {visibility === "invitation_only" ? (
        <span className="rounded-sm border border-line px-2 py-0.5 text-xs font-semibold uppercase tracking-wider text-muted">
          By invitation
        </span>
      ) : null}
    </div>
  );
}
