import { FileText } from "@/components/icons/lucide";

/**
 * Links to an event's printed materials (PDF, made on the server by
 * /staff/events/[id]/print/[document]). On the Guests tab and meant for the
 * seating page's "Print" area too: `seated` says whether the event has a
 * table plan, without which the plan, table numbers and escort cards are empty.
 */
export function PrintedMaterials({ eventId, seated, chathamHouse, headingId = "printed-materials-heading" }: { eventId: string; seated: boolean; chathamHouse: boolean; headingId?: string }) {
  const base = `/staff/events/${eventId}/print`;
  const items: { href: string; label: string; hint: string }[] = [
    { href: `${base}/badges`, label: "Name badges", hint: `Four A6 badges to an A4 page, with each guest's check-in QR code${chathamHouse ? " and the Chatham House notice" : ""}.` },
    ...(chathamHouse
      ? [{ href: `${base}/badges?chatham=0`, label: "Name badges without the notice", hint: "The same badges, without “Held under the Chatham House rule”." }]
      : [{ href: `${base}/badges?chatham=1`, label: "Name badges with the Chatham House notice", hint: "“Held under the Chatham House rule” at the foot of each badge." }]),
    { href: `${base}/place-cards`, label: "Place cards", hint: seated ? "Folding tent cards, two to a page, the name on both sides, with the table." : "Folding tent cards, two to a page, the name on both sides." },
    ...(seated
      ? [
          { href: `${base}/table-plan`, label: "Table plan", hint: "An overview, then a page per table with its seats in order." },
          { href: `${base}/table-numbers`, label: "Table numbers", hint: "One table's number or name to a page." },
          { href: `${base}/escort-cards`, label: "Escort cards", hint: "Each guest's name and table, eight to a page, alphabetically." },
        ]
      : []),
  ];
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-base font-semibold text-ink">
        Printed materials
      </h2>
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {items.map((item) => (
          <li key={item.href} className="rounded-md border border-line bg-paper p-3">
            <a href={item.href} className="inline-flex min-h-11 items-center gap-2 font-medium text-ink underline underline-offset-4">
              <FileText aria-hidden="true" className="size-4 shrink-0" />
              {item.label} (PDF)
            </a>
            <p className="text-sm text-muted">{item.hint}</p>
          </li>
        ))}
      </ul>
      {seated ? null : <p className="text-sm text-muted">The table plan, table numbers and escort cards appear here once the event has tables.</p>}
    </section>
  );
}
