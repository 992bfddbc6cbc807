import { MoreHorizontal } from "lucide-react";
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
 * The guest list as a table, and as cards below 720 px (app/globals.css,
 * .guest-list). Rows can be chosen (a plain form, so choosing and inviting
 * work without JavaScript) for inviting or removing together. Each row shows
 * its one main action; the rest sit in a small menu (a <details>, so it opens
 * without JavaScript and by keyboard), Remove last and marked as dangerous.
 */
export function GuestTable({ actions, event, rows, canEdit, canInvite, base, delegates, emails }: TableProps) {
  return (
    <div className="space-y-3">
      {canEdit ? <SelectionForm base={base} canInvite={canInvite} /> : null}
      <GuestRowControls eventId={event.id} actions={actions}>
        <Table label="Guests" stickyHeader className="guest-list" wrapperClassName="guest-list-frame">
          <THead>
            <TR>
              {canEdit ? (
                <TH className="w-10">
                  <span className="sr-only">Choose</span>
                </TH>
              ) : null}
              <TH>Guest</TH>
              <TH>Answer</TH>
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
  const sent = g.status !== "not_sent" && g.status !== "delegated" && Boolean(g.email);
  return (
    <TR>
      {canEdit ? (
        <TD className="guest-choose align-top">
          <input type="checkbox" name="ids" form="guest-selection" value={g.id} aria-label={`Choose ${name}`} className="mt-0.5 size-[18px] accent-ink" />
        </TD>
      ) : null}
      <TD className="guest-who align-top min-[720px]:min-w-56">
        <span className="font-medium text-ink">{name}</span>
        {credentials ? <span className="block text-[13px] leading-5 text-muted">{credentials}</span> : null}
        <span className="block text-[13px] leading-5 text-muted [overflow-wrap:anywhere]">{g.email ?? "No email address"}</span>
        <GuestDetails g={g} delegate={delegate} trail={emailTrail(sentEmails, event.timeZone)} />
      </TD>
      <AnswerCell g={g} name={name} timeZone={event.timeZone} canEdit={canEdit} base={base} />
      {canEdit ? (
        <TD align="right" className="guest-actions align-top">
          <div className="flex flex-col items-end gap-1">
            {delegate ? <DelegateDecision eventId={event.id} invitationId={g.id} name={name} delegate={personName(delegate)} /> : null}
            <div className="flex items-start gap-1">
              {sent ? (
                <button type="submit" form={RESEND_FORM_ID} name="invitationId" value={g.id} data-guest-resend="" className="row-action">
                  Re-send<span className="sr-only"> to {name}</span>
                </button>
              ) : null}
              <RowMenu invitationId={g.id} name={name} sent={sent} answerHref={g.status !== "not_sent" && g.status !== "delegated" ? `${base}/${g.id}/answer` : null} />
            </div>
          </div>
        </TD>
      ) : null}
    </TR>
  );
}

/**
 * The row's other actions: record an answer, a new link, remove. A native
 * <details>: it opens by click, Enter or Space, without JavaScript; its
 * buttons are read by GuestRowControls like any row button.
 */
function RowMenu({ invitationId, name, sent, answerHref }: { invitationId: string; name: string; sent: boolean; answerHref: string | null }) {
  return (
    <details className="row-menu group relative text-left">
      <summary className="row-action list-none [&::-webkit-details-marker]:hidden">
        <MoreHorizontal aria-hidden="true" className="size-4" />
        More<span className="sr-only"> actions for {name}</span>
      </summary>
      <div className="row-menu-panel mt-1 flex min-w-44 flex-col rounded-md border border-line bg-paper p-1 shadow-overlay">
        {answerHref ? (
          <NextLink href={answerHref} className="row-action justify-start">
            Record an answer<span className="sr-only"> for {name}</span>
          </NextLink>
        ) : null}
        {sent ? (
          <button type="button" data-guest-ask="newLink" data-invitation-id={invitationId} data-name={name} data-sent="true" className="row-action justify-start">
            New link<span className="sr-only"> for {name}</span>
          </button>
        ) : null}
        <span aria-hidden="true" className="my-1 border-t border-line" />
        <button type="button" data-guest-ask="remove" data-invitation-id={invitationId} data-name={name} data-sent={sent ? "true" : "false"} className="row-action justify-start text-danger hover:bg-danger-tint">
          Remove<span className="sr-only"> {name}</span>
        </button>
      </div>
    </details>
  );
}

/** The answer, how the guest came onto the list, a bounce, an arrival and when. */
function AnswerCell({ g, name, timeZone, canEdit, base }: { g: GuestRow; name: string; timeZone: string; canEdit: boolean; base: string }) {
  return (
    <TD className="guest-answer align-top">
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

/** What the guest told us, a delegate they propose, and the emails that reached them: under the name, only when there is something. */
function GuestDetails({ g, delegate, trail }: { g: GuestRow; delegate: NamedPerson | undefined; trail: string | null }) {
  const details = [
    g.plusOneName ? `Bringing ${g.plusOneName}` : null,
    g.dietary ? `Diet: ${g.dietary}` : null,
    g.accessibility ? `Access: ${g.accessibility}` : null,
    g.message ? `“${g.message}”` : null,
    g.onBehalfOfName ? `Answered by ${g.onBehalfOfName}` : null,
  ].filter(Boolean);
  if (!details.length && !delegate && !trail) return null;
  return (
    <span className="mt-1 block max-w-prose text-[13px] leading-5">
      {details.length ? <span className="block text-ink">{details.join(" · ")}</span> : null}
      {delegate ? (
        <span className="mt-1 block rounded-sm bg-accent-tint/60 px-2 py-1 text-ink">
          Proposes a delegate: <strong className="font-medium">{personName(delegate)}</strong>
          {personCredentials(delegate) ? `, ${personCredentials(delegate)}` : ""}
        </span>
      ) : null}
      {trail ? <span className="mt-0.5 block text-[12px] text-muted">{trail}</span> : null}
    </span>
  );
}
