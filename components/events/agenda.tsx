import { agendaAttributionNote, attributionLabel, type Attribution } from "@/lib/events/attribution";
import { formatClock } from "@/lib/events/time";

type Item = {
  id: string;
  startsAt: Date;
  endsAt: Date | null;
  title: string;
  description: string | null;
  attribution: Attribution | null;
  livestreamed: boolean;
};

export function Agenda({ items, eventAttribution, timeZone }: { items: readonly Item[]; eventAttribution: Attribution; timeZone: string }) {
  const note = agendaAttributionNote(eventAttribution, items);
  return (
    <div>
      {note ? <p className="mb-4 rounded-md border border-line bg-surface px-4 py-3 text-sm text-ink">{note}</p> : null}
      <ol className="divide-y divide-line border-y border-line">
        {items.map((item) => {
          const differs = item.attribution !== null && item.attribution !== eventAttribution;
          return (
            <li key={item.id} className="grid grid-cols-[5.5rem_1fr] gap-4 py-4 sm:grid-cols-[7rem_1fr]">
              <p className="text-sm tabular-nums text-muted">
                {formatClock(item.startsAt, timeZone)}
                {item.endsAt ? <span className="block text-xs">to {formatClock(item.endsAt, timeZone)}</span> : null}
              </p>
              <div>
                <p className="font-semibold text-ink">{item.title}</p>
                {item.description ? <p className="mt-1 text-sm leading-relaxed text-muted">{item.description}</p> : null}
                <p className="mt-1 flex flex-wrap gap-x-3 text-xs text-muted">
                  {differs && item.attribution ? <span>{attributionLabel(item.attribution)}</span> : null}
                  {item.livestreamed ? <span>Livestreamed</span> : null}
                </p>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
