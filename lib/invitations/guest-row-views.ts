// What each row of the staff guest list shows, as words (components/guests/
// guest-rows-body.tsx): names, details, dates in the event's zone. Built on the
// server, where the dates, zones and rules live; sent to the page as this small
// list rather than as the rows' HTML, which lib/invitations/guest-rows-html.ts
// writes from it on the server (for the HTML) and again in the browser.
import { dateFormatter } from "@/lib/date-formatters";
import { formatShortWhen } from "@/lib/events/time";
import type { InvitationStatus } from "@/lib/invitations/status";
import { describeOptOut } from "@/lib/opt-out/describe";
import type { OptOutVia } from "@/lib/opt-out/mutations";
import { personCredentials, personName, type NamedPerson } from "@/lib/people/display-name";

/** What a row shows of a guest: their invitation and their person row (lib/invitations/queries.ts, listGuests). */
export type GuestRowData = NamedPerson & {
  id: string;
  status: InvitationStatus;
  source: "invited" | "registered" | "walk_in" | "delegate";
  email: string | null;
  plusOneName: string | null;
  dietary: string | null;
  accessibility: string | null;
  message: string | null;
  onBehalfOfName: string | null;
  invitedAt: Date | null;
  respondedAt: Date | null;
  checkedInAt: Date | null;
  bouncedAt: Date | null;
  optedOutAt: Date | null;
  optedOutVia: OptOutVia | null;
  /** What the guest was sent, and when (or when it is due), in the order queued. */
  emails?: readonly SentEmail[];
};

export type SentEmail = { template: string; kind: string | null; status: string; at: Date };

/** One row, in words: every value is text, escaped where it is written into HTML. */
export type GuestRowView = {
  id: string;
  name: string;
  status: InvitationStatus;
  /** "Former Prime Minister, New Zealand". */
  credentials: string | null;
  email: string | null;
  /** "Opted out of invitations on 5 Dec 2026, one click from the email". */
  optedOut: string | null;
  /** "Bringing … · Diet: … · “message” · Answered by …". */
  details: string | null;
  delegate: { name: string; credentials: string | null } | null;
  /** "Invitation 16 Nov · Reminder due 5 Dec". */
  trail: string | null;
  /** "Registered online", "Walk-in", "Delegate"; null for an invited guest. */
  source: string | null;
  bounced: boolean;
  /** When they arrived, in the event's zone. */
  arrived: string | null;
  /** When they answered, or "Invited …", or "". */
  when: string;
  /** Invited by email (so it can be sent again, or replaced with a new link). */
  sent: boolean;
  /** An answer can be recorded on their behalf. */
  answerable: boolean;
};

const EMAIL_WORDS: Record<string, string> = {
  invitation: "Invitation",
  answer: "Confirmation",
  "event-change": "Change notice",
  reminder: "Reminder",
};

/** "Invitation 16 Nov · Reminder due 5 Dec": what reached the guest and what is still to go. */
export function emailTrail(list: readonly SentEmail[] | undefined, timeZone: string): string | null {
  if (!list?.length) return null;
  const day = dateFormatter("en-GB", { day: "numeric", month: "short", timeZone });
  return list
    .slice(-4)
    .map((e) => {
      const word = e.template === "reminder" && e.kind === "upcoming" ? "Reminder" : (EMAIL_WORDS[e.template] ?? "Email");
      const when = day.format(e.at);
      if (e.status === "pending" || e.status === "sending") return `${word} due ${when}`;
      if (e.status === "failed" || e.status === "suppressed") return `${word} not delivered`;
      return `${word} ${when}`;
    })
    .join(" · ");
}

const SOURCE_WORDS: Record<GuestRowData["source"], string | null> = { invited: null, registered: "Registered online", walk_in: "Walk-in", delegate: "Delegate" };

/** The rows of the guest list in words, in the order given. */
export function guestRowViews(
  rows: readonly GuestRowData[],
  o: { timeZone: string; delegates: ReadonlyMap<string, NamedPerson> },
): GuestRowView[] {
  return rows.map((g) => {
    const delegate = o.delegates.get(g.id);
    const details = [
      g.plusOneName ? `Bringing ${g.plusOneName}` : null,
      g.dietary ? `Diet: ${g.dietary}` : null,
      g.accessibility ? `Access: ${g.accessibility}` : null,
      g.message ? `“${g.message}”` : null,
      g.onBehalfOfName ? `Answered by ${g.onBehalfOfName}` : null,
    ].filter(Boolean);
    return {
      id: g.id,
      name: personName(g),
      status: g.status,
      credentials: personCredentials(g) || null,
      email: g.email,
      optedOut: g.optedOutAt ? describeOptOut(g.optedOutAt, g.optedOutVia, o.timeZone) : null,
      details: details.length ? details.join(" · ") : null,
      delegate: delegate ? { name: personName(delegate), credentials: personCredentials(delegate) || null } : null,
      trail: emailTrail(g.emails, o.timeZone),
      source: SOURCE_WORDS[g.source],
      bounced: Boolean(g.bouncedAt),
      arrived: g.checkedInAt ? formatShortWhen(g.checkedInAt, o.timeZone) : null,
      when: g.respondedAt ? formatShortWhen(g.respondedAt, o.timeZone) : g.invitedAt ? `Invited ${formatShortWhen(g.invitedAt, o.timeZone)}` : "",
      sent: g.status !== "not_sent" && g.status !== "delegated" && Boolean(g.email),
      answerable: g.status !== "not_sent" && g.status !== "delegated",
    };
  });
}
