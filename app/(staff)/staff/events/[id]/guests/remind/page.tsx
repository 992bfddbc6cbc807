import type { Metadata } from "next";
import { EmailPreview } from "@/components/guests/email-preview";
import { ActionForm } from "@/components/staff/action-form";
import { BackLink } from "@/components/staff/back-link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui";
import { getDb } from "@/db";
import { renderEmail } from "@/lib/email/templates";
import { appUrl } from "@/lib/env";
import { greetingName, guestEmailContext } from "@/lib/invitations/guest-email-context";
import { guestCounts, listChosenGuests } from "@/lib/invitations/queries";
import { getInstitute } from "@/lib/settings/queries";
import { remindAction } from "../actions";
import { chosenIds } from "../selection";
import { loadEventToEdit, type SearchParams } from "../../load";

export const metadata: Metadata = { title: "Remind guests" };

type Props = { params: Promise<{ id: string }>; searchParams: SearchParams };

export default async function RemindPage({ params, searchParams }: Props) {
  const event = await loadEventToEdit(params);
  const db = getDb();
  const ids = chosenIds((await searchParams).ids);
  const chosen = ids.length ? (await listChosenGuests(db, event.id, ids)).filter((g) => g.status === "invited") : [];
  const count = ids.length ? chosen.length : (await guestCounts(db, event.id)).noAnswer;
  const [ctx, institute] = await Promise.all([guestEmailContext(db, event), getInstitute(db)]);
  const sample = chosen[0] ?? { honorific: "H.E.", givenName: "Ine Eriksen", familyName: "Søreide" };
  const preview = await renderEmail("reminder", { guestName: greetingName(sample), event: ctx.emailEvent, respondUrl: `${appUrl()}/rsvp/preview`, kind: "no-answer", institute });
  return (
    <div className="grid gap-6 xl:grid-cols-[22rem_minmax(0,1fr)]">
      <Card className="self-start">
        <CardHeader>
          <CardTitle as="h2">Remind the guests who have not answered</CardTitle>
        </CardHeader>
        <CardContent className="space-y-4 text-sm">
          <p className="text-4xl font-semibold tabular-nums text-ink">{count.toLocaleString("en-GB")}</p>
          <p className="text-muted">{count === 1 ? "guest gets" : "guests get"} this reminder, with the same personal link as their invitation.</p>
          {count > 0 ? (
            <ActionForm
              action={remindAction}
              fields={{ eventId: event.id, who: ids.length ? "selected" : "all", ids: chosen.map((g) => g.id).join(",") }}
              label={`Send ${count.toLocaleString("en-GB")} ${count === 1 ? "reminder" : "reminders"}`}
              pendingLabel="Sending…"
              variant="accent"
            />
          ) : (
            <p className="text-muted">Everyone has answered.</p>
          )}
          <BackLink href={`/staff/events/${event.id}/guests`}>Back to the guest list</BackLink>
        </CardContent>
      </Card>
      <EmailPreview email={preview} recipient={greetingName(sample)} title="Reminder email preview" />
    </div>
  );
}
