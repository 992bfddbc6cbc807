import { emailInstitute } from "@/lib/email/institute";
import type { Metadata } from "next";
import { EmailPreview } from "@/components/guests/email-preview";
import { PreviewAs, RecipientList } from "@/components/guests/recipients";
import { ActionForm } from "@/components/staff/action-form";
import { BackLink } from "@/components/staff/back-link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui";
import { getDb } from "@/db";
import { hasEnded } from "@/lib/events/time";
import { renderEmail } from "@/lib/email/templates";
import { appUrl } from "@/lib/env";
import { greetingName, guestEmailContext } from "@/lib/invitations/guest-email-context";
import { listChosenGuests } from "@/lib/invitations/queries";
import { listInvitationRecipients, listOptedOutSkips } from "@/lib/invitations/recipients";
import { getInstitute } from "@/lib/settings/queries";
import { sendInvitationsAction } from "../actions";
import { chosenIds } from "../selection";
import { loadEventToEdit, type SearchParams } from "../../load";

export const metadata: Metadata = { title: "Send invitations" };

type Props = { params: Promise<{ id: string }>; searchParams: SearchParams };

const n = (x: number) => x.toLocaleString("en-GB");

export default async function SendInvitationsPage({ params, searchParams }: Props) {
  const event = await loadEventToEdit(params);
  const db = getDb();
  const query = await searchParams;
  const ids = chosenIds(query.ids);
  const [chosen, recipients, optedOut, ctx, institute] = await Promise.all([
    listChosenGuests(db, event.id, ids),
    listInvitationRecipients(db, event.id, ids.length ? ids : undefined),
    listOptedOutSkips(db, event.id, "invitations", { ids: ids.length ? ids : undefined, timeZone: event.timeZone }),
    guestEmailContext(db, event),
    getInstitute(db),
  ]);
  const count = recipients.length;
  const leftOut = ids.length ? chosen.length - count - optedOut.length : 0;
  const optedOutReasons = new Map(optedOut.map((s) => [s.id, s.reason]));
  const base = `/staff/events/${event.id}/guests`;
  const sample = recipients.find((r) => r.id === query.preview) ?? recipients[0] ?? null;
  const preview = await renderEmail("invitation", {
    guestName: sample ? greetingName(sample) : "[Guest’s name]",
    event: ctx.emailEvent,
    respondUrl: `${appUrl()}/rsvp/preview`,
    respondBy: ctx.respondBy,
    resent: false,
    optOutUrl: `${appUrl()}/opt-out/preview`,
    institute: emailInstitute(institute),
  });
  const blocked = event.status !== "scheduled" ? "Schedule the event (it is a draft) before sending invitations." : hasEnded(event.endsAt) ? "This event has taken place." : null;

  return (
    <div className="grid gap-6 xl:grid-cols-[24rem_minmax(0,1fr)]">
      <Card className="self-start">
        <CardHeader>
          <CardTitle as="h2">{ids.length ? "Invite the guests chosen" : "Invite everyone not yet invited"}</CardTitle>
        </CardHeader>
        <CardContent className="space-y-4 text-sm">
          <p className="text-4xl font-semibold tabular-nums text-ink">{n(count)}</p>
          <p className="text-muted">
            {count === 1 ? "guest gets" : "guests get"} the invitation shown here, each with a personal link to answer. Nobody needs an account.
          </p>
          {leftOut > 0 ? (
            <p className="text-muted">
              {n(leftOut)} of those chosen {leftOut === 1 ? "is" : "are"} already invited or {leftOut === 1 ? "has" : "have"} no email address, and {leftOut === 1 ? "is" : "are"} left out.
            </p>
          ) : null}
          <RecipientList people={recipients} one="recipient" many="recipients" label="Recipients" />
          <RecipientList people={optedOut} one="guest skipped" many="guests skipped" label="Guests skipped" note={(p) => optedOutReasons.get(p.id)} />
          {blocked ? (
            <p role="alert" className="rounded-md border border-danger/40 bg-danger-tint p-3 text-danger">
              {blocked}
            </p>
          ) : count > 0 ? (
            <ActionForm
              action={sendInvitationsAction}
              fields={{ eventId: event.id, who: ids.length ? "selected" : "all", ids: ids.length ? recipients.map((g) => g.id).join(",") : "" }}
              label={`Send ${n(count)} ${count === 1 ? "invitation" : "invitations"}`}
              pendingLabel="Sending…"
              variant="accent"
            />
          ) : (
            <p className="text-muted">{optedOut.length ? "There is nobody to invite: the guests waiting have opted out of invitations." : "There is nobody to invite."}</p>
          )}
          <BackLink href={base}>Back to the guest list</BackLink>
        </CardContent>
      </Card>
      <EmailPreview
        email={preview}
        recipient={sample ? greetingName(sample) : null}
        title="Invitation email preview"
        choose={<PreviewAs people={recipients} selected={sample?.id ?? null} keep={ids.length ? { ids: ids.join(",") } : {}} />}
      />
    </div>
  );
}
