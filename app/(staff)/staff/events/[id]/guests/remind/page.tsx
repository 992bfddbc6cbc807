import { emailInstitute } from "@/lib/email/institute";
import type { Metadata } from "next";
import { EmailPreview } from "@/components/guests/email-preview";
import { PreviewAs, RecipientList } from "@/components/guests/recipients";
import { ActionForm } from "@/components/staff/action-form";
import { BackLink } from "@/components/staff/back-link";
import { Button, Card, CardContent, CardHeader, CardTitle, Input } from "@/components/ui";
import { getDb } from "@/db";
import { renderEmail } from "@/lib/email/templates";
import { appUrl } from "@/lib/env";
import { greetingName, guestEmailContext } from "@/lib/invitations/guest-email-context";
import { listOptedOutSkips, listReminderRecipients } from "@/lib/invitations/recipients";
import { MAX_REMIND_SPACING_DAYS, parseSpacingDays, splitBySpacing } from "@/lib/invitations/remind-spacing";
import { getInstitute } from "@/lib/settings/queries";
import { remindAction } from "../actions";
import { chosenIds } from "../selection";
import { loadEventToEdit, type SearchParams } from "../../load";

export const metadata: Metadata = { title: "Remind guests" };

type Props = { params: Promise<{ id: string }>; searchParams: SearchParams };

const n = (x: number) => x.toLocaleString("en-GB");

export default async function RemindPage({ params, searchParams }: Props) {
  const event = await loadEventToEdit(params);
  const db = getDb();
  const query = await searchParams;
  const ids = chosenIds(query.ids);
  const days = parseSpacingDays(query.skip);
  const [waiting, optedOut, ctx, institute] = await Promise.all([
    listReminderRecipients(db, event.id, ids.length ? ids : undefined),
    listOptedOutSkips(db, event.id, "reminders", { ids: ids.length ? ids : undefined, timeZone: event.timeZone }),
    guestEmailContext(db, event),
    getInstitute(db),
  ]);
  const spacing = splitBySpacing(waiting, days, new Date());
  const due = spacing.due;
  const skipped = [...spacing.skipped, ...optedOut];
  const count = due.length;
  const reasons = new Map(skipped.map((s) => [s.id, s.reason]));
  const sample = due.find((r) => r.id === query.preview) ?? due[0] ?? null;
  const preview = await renderEmail("reminder", {
    guestName: sample ? greetingName(sample) : "[Guest’s name]",
    event: ctx.emailEvent,
    respondUrl: `${appUrl()}/rsvp/preview`,
    kind: "no-answer",
    respondBy: ctx.respondBy,
    optOutUrl: `${appUrl()}/opt-out/preview`,
    institute: emailInstitute(institute),
  });
  const keep = (more: Record<string, string>) => ({ ...(ids.length ? { ids: ids.join(",") } : {}), ...more });
  return (
    <div className="grid gap-6 xl:grid-cols-[24rem_minmax(0,1fr)]">
      <Card className="self-start">
        <CardHeader>
          <CardTitle as="h2">Remind the guests who have not answered</CardTitle>
        </CardHeader>
        <CardContent className="space-y-4 text-sm">
          <p className="text-4xl font-semibold tabular-nums text-ink">{n(count)}</p>
          <p className="text-muted">{count === 1 ? "guest gets" : "guests get"} this reminder, with the same personal link as their invitation.</p>
          <form method="get" className="space-y-1">
            {Object.entries(keep({})).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <div className="flex flex-wrap items-center gap-2">
              <label htmlFor="remind-skip" className="text-ink">
                Skip guests invited in the last
              </label>
              <Input id="remind-skip" name="skip" type="number" inputMode="numeric" min={0} max={MAX_REMIND_SPACING_DAYS} step={1} defaultValue={days} aria-describedby="remind-skip-unit" className="w-20" />
              <span id="remind-skip-unit" className="text-ink">
                {days === 1 ? "day" : "days"}
              </span>
              <Button type="submit" variant="secondary" size="sm">
                Update
              </Button>
            </div>
            <p className="text-xs text-muted">A reminder soon after the invitation reads as nagging. 0 reminds everyone.</p>
          </form>
          <RecipientList people={due} one="recipient" many="recipients" label="Recipients" />
          <RecipientList people={skipped} one="guest skipped" many="guests skipped" label="Guests skipped" note={(p) => reasons.get(p.id)} />
          {count > 0 ? (
            <ActionForm
              action={remindAction}
              fields={{ eventId: event.id, who: ids.length ? "selected" : "all", ids: ids.length ? due.map((g) => g.id).join(",") : "", skipDays: String(days) }}
              label={`Send ${n(count)} ${count === 1 ? "reminder" : "reminders"}`}
              pendingLabel="Sending…"
              variant="accent"
            />
          ) : (
            <p className="text-muted">{spacing.skipped.length ? "Nobody to remind yet: everyone waiting was invited too recently." : optedOut.length ? "Nobody to remind: the guests waiting have opted out of invitations." : "Everyone has answered."}</p>
          )}
          <BackLink href={`/staff/events/${event.id}/guests`}>Back to the guest list</BackLink>
        </CardContent>
      </Card>
      <EmailPreview
        email={preview}
        recipient={sample ? greetingName(sample) : null}
        title="Reminder email preview"
        choose={<PreviewAs people={due} selected={sample?.id ?? null} keep={keep({ skip: String(days) })} />}
      />
    </div>
  );
}
