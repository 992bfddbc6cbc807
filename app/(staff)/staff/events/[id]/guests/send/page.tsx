import type { Metadata } from "next";
import { EmailPreview } from "@/components/guests/email-preview";
import { ActionForm } from "@/components/staff/action-form";
import { BackLink } from "@/components/staff/back-link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui";
import { getDb } from "@/db";
import { hasEnded } from "@/lib/events/time";
import { renderEmail } from "@/lib/email/templates";
import { appUrl } from "@/lib/env";
import { greetingName, guestEmailContext } from "@/lib/invitations/guest-email-context";
import { getInstitute } from "@/lib/settings/queries";
import { countNotSent, listChosenGuests } from "@/lib/invitations/queries";
import { sendInvitationsAction } from "../actions";
import { chosenIds } from "../selection";
import { loadEventToEdit, type SearchParams } from "../../load";

export const metadata: Metadata = { title: "Send invitations" };

type Props = { params: Promise<{ id: string }>; searchParams: SearchParams };

export default async function SendInvitationsPage({ params, searchParams }: Props) {
  const event = await loadEventToEdit(params);
  const db = getDb();
  const ids = chosenIds((await searchParams).ids);
  const chosen = await listChosenGuests(db, event.id, ids);
  const toInvite = ids.length ? chosen.filter((g) => g.status === "not_sent" && g.email) : [];
  const count = ids.length ? toInvite.length : await countNotSent(db, event.id);
  const base = `/staff/events/${event.id}/guests`;
  const sample = toInvite[0] ?? { honorific: "H.E.", givenName: "Ine Eriksen", familyName: "Søreide" };
  const [ctx, institute] = await Promise.all([guestEmailContext(db, event), getInstitute(db)]);
  const preview = await renderEmail("invitation", {
    guestName: greetingName(sample),
    event: ctx.emailEvent,
    respondUrl: `${appUrl()}/rsvp/preview`,
    respondBy: ctx.respondBy,
    resent: false,
    institute,
  });
  const blocked = event.status !== "scheduled" ? "Schedule the event (it is a draft) before sending invitations." : hasEnded(event.endsAt) ? "This event has taken place." : null;

  return (
    <div className="grid gap-6 xl:grid-cols-[22rem_minmax(0,1fr)]">
      <Card className="self-start">
        <CardHeader>
          <CardTitle as="h2">{ids.length ? "Invite the guests chosen" : "Invite everyone not yet invited"}</CardTitle>
        </CardHeader>
        <CardContent className="space-y-4 text-sm">
          <p className="text-4xl font-semibold tabular-nums text-ink">{count.toLocaleString("en-GB")}</p>
          <p className="text-muted">
            {count === 1 ? "guest gets" : "guests get"} the invitation shown here, each with a personal link to answer. Nobody needs an account.
          </p>
          {ids.length && chosen.length > toInvite.length ? (
            <p className="text-muted">
              {(chosen.length - toInvite.length).toLocaleString("en-GB")} of those chosen {chosen.length - toInvite.length === 1 ? "is" : "are"} already invited or {" "}
              {chosen.length - toInvite.length === 1 ? "has" : "have"} no email address, and {chosen.length - toInvite.length === 1 ? "is" : "are"} left out.
            </p>
          ) : null}
          {blocked ? (
            <p role="alert" className="rounded-md border border-danger/40 bg-danger-tint p-3 text-danger">
              {blocked}
            </p>
          ) : count > 0 ? (
            <ActionForm
              action={sendInvitationsAction}
              fields={{ eventId: event.id, who: ids.length ? "selected" : "all", ids: toInvite.map((g) => g.id).join(",") }}
              label={`Send ${count.toLocaleString("en-GB")} ${count === 1 ? "invitation" : "invitations"}`}
              pendingLabel="Sending…"
              variant="accent"
            />
          ) : (
            <p className="text-muted">There is nobody to invite.</p>
          )}
          <BackLink href={base}>Back to the guest list</BackLink>
        </CardContent>
      </Card>
      <EmailPreview email={preview} recipient={greetingName(sample)} title="Invitation email preview" />
    </div>
  );
}
