import { groupByProtocolOrder, type SpeakerRole } from "@/lib/events/protocol-order";
import { personCredentials, personName, type NamedPerson } from "@/lib/people/display-name";

type Speaker = { id: string; role: SpeakerRole; position: number; remarksTitle: string | null; person: NamedPerson };

// Speakers grouped by role in protocol order; each name with its title and
// affiliation on a line of its own, as the institute lists them.
export function SpeakerList({ speakers }: { speakers: readonly Speaker[] }) {
  const groups = groupByProtocolOrder(speakers);
  return (
    <div className="space-y-7">
      {groups.map((group) => (
        <section key={group.role} aria-label={group.label}>
          <h3 className="text-xs font-semibold uppercase tracking-[0.16em] text-accent">{group.label}</h3>
          <ul className="mt-3 space-y-3">
            {group.speakers.map((s) => (
              <li key={s.id}>
                <p className="font-semibold text-ink">{personName(s.person)}</p>
                {personCredentials(s.person) ? <p className="text-sm leading-snug text-muted">{personCredentials(s.person)}</p> : null}
                {s.remarksTitle ? <p className="mt-0.5 text-sm italic text-muted">“{s.remarksTitle}”</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
