import type { Metadata } from "next";
import { ActionForm } from "@/components/staff/action-form";
import { BackLink } from "@/components/staff/back-link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui";
import { getDb } from "@/db";
import { personName } from "@/lib/people/display-name";
import { listChosenGuests } from "@/lib/invitations/queries";
import { removeAction } from "../actions";
import { chosenIds } from "../selection";
import { loadEventToEdit, type SearchParams } from "../../load";

export const metadata: Metadata = { title: "Remove guests" };

type Props = { params: Promise<{ id: string }>; searchParams: SearchParams };

export default async function RemoveGuestsPage({ params, searchParams }: Props) {
  const event = await loadEventToEdit(params);
  const chosen = (await listChosenGuests(getDb(), event.id, chosenIds((await searchParams).ids))).filter((g) => g.status !== "cancelled");
  const base = `/staff/events/${event.id}/guests`;
  const invited = chosen.filter((g) => g.status !== "not_sent").length;
  return (
    <Card className="max-w-2xl">
      <CardHeader>
        <CardTitle as="h2">{chosen.length ? `Remove ${chosen.length.toLocaleString("en-GB")} ${chosen.length === 1 ? "guest" : "guests"} from the list?` : "Nobody chosen"}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-4 text-sm">
        {chosen.length ? (
          <>
            <ul className="max-h-64 list-disc space-y-0.5 overflow-y-auto pl-5 text-ink">
              {chosen.map((g) => (
                <li key={g.id}>{personName(g)}</li>
              ))}
            </ul>
            {invited ? (
              <p className="text-muted">
                {invited.toLocaleString("en-GB")} of them {invited === 1 ? "was" : "were"} already invited: their links stop working and any seats they hold go to the waitlist.
                They are not emailed.
              </p>
            ) : null}
            <ActionForm action={removeAction} fields={{ eventId: event.id, ids: chosen.map((g) => g.id).join(",") }} label="Remove from the list" pendingLabel="Removing…" variant="danger" />
          </>
        ) : (
          <p className="text-muted">Choose guests on the list first, with the boxes beside their names.</p>
        )}
        <BackLink href={base}>Back to the guest list</BackLink>
      </CardContent>
    </Card>
  );
}
