import { agendaAttributionNote, attributionLabel, type Attribution } from "@/lib/events/attribution";
import { formatClock } from "@/lib/events/time";
import { personName, type NamedPerson } from "@/lib/people/display-name";

type Item = {
  id: string;
  startsAt: Date;
  endsAt: Date | null;
  title: string;
  description: string | null;
  attribution: Attribution | null;
  livestreamed: boolean;
};

type ItemSpeaker = { person: NamedPerson };

/**
 * The agenda in time order, each item with its rule where it differs from the
 * event's, and the speakers who may be named for it (speakersByItem, already
 * filtered by the rule: lib/events/speaker-attribution.ts).
 */
export function Agenda({
  items,
  eventAttribution,
  timeZone,
  speakersByItem,
}: {
  items: readonly Item[];
  eventAttribution: Attribution;
  timeZone: string;
  speakersByItem?: ReadonlyMap<string, readonly ItemSpeaker[]>;
}) {
  const note = agendaAttributionNote(eventAttribution, items);
  return (
    <div>
      {note ? <p className="mb-4 rounded-md border border-line bg-surface px-4 py-3 text-sm text-ink">{note}</p> : null}
      <ol className="divide-y divide-line border-y border-line">
        {items.map((item) => {
          const differs = item.attribution !== null && item.attribution !== eventAttribution;
          // Someone in two roles (moderator and closing remarks) is named once.
          const names = [...new Set((speakersByItem?.get(item.id) ?? []).map((s) => personName(s.person)))];
          return (
            <li key={item.id} className="grid grid-cols-[5.5rem_1fr] gap-4 py-4 sm:grid-cols-[7rem_1fr]">
              <p className="text-sm tabular-nums text-muted">
                {formatClock(item.startsAt, timeZone)}
                {item.endsAt ? <span className="block text-xs">to {formatClock(item.endsAt, timeZone)}</span> : null}
              </p>
              <div>
                <p className="font-semibold text-ink">{item.title}</p>
                {item.description ? <p className="mt-1 text-sm leading-relaxed text-muted">{item.description}</p> : null}
                {names.length ? (
                  <ul aria-label={`Speakers: ${item.title}`} className="mt-1.5 text-sm text-ink">
                    {names.map((name) => (
                      <li key={name}>{name}</li>
                    ))}
                  </ul>
                ) : null}
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
