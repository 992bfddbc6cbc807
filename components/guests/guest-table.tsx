import { Button, StatusBadge, Table, TBody, TD, TH, THead, TR } from "@/components/ui";
import { dateFormatter } from "@/lib/date-formatters";
import { formatShortWhen } from "@/lib/events/time";
import type { GuestRow } from "@/lib/invitations/queries";
import { personCredentials, personName } from "@/lib/people/display-name";
import NextLink from "next/link";
import type { ActionState } from "@/lib/safe-action";
import type { NamedPerson } from "@/lib/people/display-name";
import { DelegateDecision, GuestRowControls, RESEND_FORM_ID } from "./row-actions";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** The guest list's server actions, passed in by the page (components do not import routes). */
export type GuestTableActions = { newLink: Action; remove: Action; resend: Action; decide: Action };

type SentEmail = { template: string; kind: string | null; status: string; at: Date };

const EMAIL_WORDS: Record<string, string> = {
  invitation: "Invitation",
  answer: "Confirmation",
  "event-change": "Change notice",
  reminder: "Reminder",
};

/** "Invitation 16 Nov · Reminder due 5 Dec": what reached the guest and what is still to go. */
function emailTrail(list: SentEmail[] | undefined, timeZone: string): string | null {
  if (!list?.length) return null;
  return list
    .slice(-4)
    .map((e) => {
      const word = e.template === "reminder" && e.kind === "upcoming" ? "Reminder" : (EMAIL_WORDS[e.template] ?? "Email");
      const when = dateFormatter("en-GB", { day: "numeric", month: "short", timeZone }).format(e.at);
      if (e.status === "pending" || e.status === "sending") return `${word} due ${when}`;
      if (e.status === "failed" || e.status === "suppressed") return `${word} not delivered`;
      return `${word} ${when}`;
    })
    .join(" · ");
}

function shortDate(d: Date | null, timeZone: string) {
  if (!d) return null;
  return formatShortWhen(d, timeZone);
}

/** The buttons that act on the rows chosen below. */
function SelectionForm({ base, canInvite }: { base: string; canInvite: boolean }) {
  return (
    // The checkboxes join this form through their form attribute: forms cannot nest, and each row has its own.
    <form id="guest-selection" method="get" action={`${base}/send`} className="flex flex-wrap items-center gap-2 text-sm text-muted">
      <span>With the guests chosen below:</span>
      {canInvite ? (
        <Button type="submit" variant="secondary" size="sm" formAction={`${base}/send`}>
          Invite
        </Button>
      ) : null}
      <Button type="submit" variant="secondary" size="sm" formAction={`${base}/remove`}>
        Remove
      </Button>
    </form>
  );
}

type TableProps = {
  actions: GuestTableActions;
  event: { id: string; timeZone: string };
  rows: GuestRow[];
  canEdit: boolean;
  canInvite: boolean;
  base: string;
  delegates: Map<string, NamedPerson>;
  emails: Map<string, SentEmail[]>;
};

/**
 * The guest list as a table. Rows can be chosen (a plain form, so choosing
 * and inviting work without JavaScript) for inviting or removing together.
 */
export function GuestTable({ actions, event, rows, canEdit, canInvite, base, delegates, emails }: TableProps) {
  return (
    <div className="space-y-3">
      {canEdit ? <SelectionForm base={base} canInvite={canInvite} /> : null}
      <GuestRowControls eventId={event.id} actions={actions}>
      <Table label="Guests" stickyHeader>
        <THead>
          <TR>
            {canEdit ? (
              <TH className="w-10">
                <span className="sr-only">Choose</span>
              </TH>
            ) : null}
            <TH>Guest</TH>
            <TH>Answer</TH>
            <TH>Details</TH>
            {canEdit ? (
              <TH align="right">
                <span className="sr-only">Actions</span>
              </TH>
            ) : null}
          </TR>
        </THead>
        <TBody>
          {rows.map((g) => (
            <GuestTableRow key={g.id} g={g} event={event} canEdit={canEdit} base={base} delegate={delegates.get(g.id)} sentEmails={emails.get(g.id)} />
          ))}
        </TBody>
      </Table>
      </GuestRowControls>
    </div>
  );
}

type RowProps = {
  g: GuestRow;
  event: { id: string; timeZone: string };
  canEdit: boolean;
  base: string;
  delegate: NamedPerson | undefined;
  sentEmails: SentEmail[] | undefined;
};

function GuestTableRow({ g, event, canEdit, base, delegate, sentEmails }: RowProps) {
  const name = personName(g);
  const credentials = personCredentials(g);
  return (
    <TR>
      {canEdit ? (
        <TD className="align-top">
          <input type="checkbox" name="ids" form="guest-selection" value={g.id} aria-label={`Choose ${name}`} className="mt-0.5 size-[18px] accent-ink" />
        </TD>
      ) : null}
      <TD className="min-w-56 align-top">
        <span className="font-medium text-ink">{name}</span>
        {credentials ? <span className="block text-[13px] leading-5 text-muted">{credentials}</span> : null}
        <span className="block text-[13px] leading-5 text-muted">{g.email ?? "No email address"}</span>
      </TD>
      <AnswerCell g={g} name={name} timeZone={event.timeZone} canEdit={canEdit} base={base} />
      <DetailsCell g={g} delegate={delegate} trail={emailTrail(sentEmails, event.timeZone)} />
      {canEdit ? (
        <TD align="right" className="align-top">
          <RowActions
            eventId={event.id}
            invitationId={g.id}
            name={name}
            sent={g.status !== "not_sent" && g.status !== "delegated" && Boolean(g.email)}
            delegate={delegate ? personName(delegate) : null}
          />
          {g.status !== "not_sent" && g.status !== "delegated" ? (
            <NextLink href={`${base}/${g.id}/answer`} className="mt-1 inline-flex min-h-6 items-center text-[13px] text-ink underline underline-offset-2">
              Record an answer<span className="sr-only"> for {name}</span>
            </NextLink>
          ) : null}
        </TD>
      ) : null}
    </TR>
  );
}

/**
 * Per guest: send again, a new link (the old one stops working), take off the
 * list. Plain buttons rendered here, one short class each (.row-action in
 * app/globals.css): GuestRowControls above the table does what they ask.
 */
function RowActions({ eventId, invitationId, name, sent, delegate }: { eventId: string; invitationId: string; name: string; sent: boolean; delegate: string | null }) {
  return (
    <div className="flex flex-col items-end gap-1 whitespace-nowrap">
      {delegate ? <DelegateDecision eventId={eventId} invitationId={invitationId} name={name} delegate={delegate} /> : null}
      <div className="flex gap-1">
        {sent ? (
          <>
            <button type="submit" form={RESEND_FORM_ID} name="invitationId" value={invitationId} data-guest-resend="" className="row-action">
              Re-send<span className="sr-only"> to {name}</span>
            </button>
            <button type="button" data-guest-ask="newLink" data-invitation-id={invitationId} data-name={name} data-sent="true" className="row-action">
              New link<span className="sr-only"> for {name}</span>
            </button>
          </>
        ) : null}
        <button type="button" data-guest-ask="remove" data-invitation-id={invitationId} data-name={name} data-sent={sent ? "true" : "false"} className="row-action">
          Remove<span className="sr-only"> {name}</span>
        </button>
      </div>
    </div>
  );
}

/** The answer, how the guest came onto the list, a bounce, an arrival and when. */
function AnswerCell({ g, name, timeZone, canEdit, base }: { g: GuestRow; name: string; timeZone: string; canEdit: boolean; base: string }) {
  return (
    <TD className="align-top">
      <StatusBadge status={g.status} />
      {g.source !== "invited" ? <span className="mt-1 block text-[12px] text-muted">{g.source === "registered" ? "Registered online" : g.source === "walk_in" ? "Walk-in" : "Delegate"}</span> : null}
      {g.bouncedAt ? (
        <span className="mt-1 block text-[12px] font-medium text-danger">
          Email bounced
          {canEdit ? (
            <>
              {" · "}
              <NextLink href={`${base}/${g.id}/address`} className="underline underline-offset-2">
                Correct the address<span className="sr-only"> of {name}</span>
              </NextLink>
            </>
          ) : null}
        </span>
      ) : null}
      {g.checkedInAt ? <span className="mt-1 block text-[12px] font-medium text-success">Arrived {shortDate(g.checkedInAt, timeZone)}</span> : null}
      <span className="mt-1 block whitespace-nowrap text-[12px] text-muted">
        {g.respondedAt ? shortDate(g.respondedAt, timeZone) : g.invitedAt ? `Invited ${shortDate(g.invitedAt, timeZone)}` : null}
      </span>
    </TD>
  );
}

/** What the guest told us, a delegate they propose, and the emails that reached them. */
function DetailsCell({ g, delegate, trail }: { g: GuestRow; delegate: NamedPerson | undefined; trail: string | null }) {
  const details = [
    g.plusOneName ? `Bringing ${g.plusOneName}` : null,
    g.dietary ? `Diet: ${g.dietary}` : null,
    g.accessibility ? `Access: ${g.accessibility}` : null,
    g.message ? `“${g.message}”` : null,
    g.onBehalfOfName ? `Answered by ${g.onBehalfOfName}` : null,
  ].filter(Boolean);
  return (
    <TD className="min-w-40 max-w-72 align-top text-[13px] leading-5">
      {details.length ? details.map((d) => <span key={d} className="block">{d}</span>) : <span className="text-muted">—</span>}
      {delegate ? (
        <span className="mt-1 block rounded-sm bg-accent-tint/60 px-2 py-1 text-ink">
          Proposes a delegate: <strong className="font-medium">{personName(delegate)}</strong>
          {personCredentials(delegate) ? `, ${personCredentials(delegate)}` : ""}
        </span>
      ) : null}
      {trail ? <span className="mt-1 block text-[12px] text-muted">{trail}</span> : null}
    </TD>
  );
}
