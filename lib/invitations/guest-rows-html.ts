// The staff guest list's rows (components/guests/guest-rows-body.tsx) as one
// HTML string. Fifty rows written as React elements were some five thousand
// elements, rendered twice per request (into the RSC payload and into HTML):
// most of the page's server time. As one string React renders nothing per
// row; the page carries the rows in words (lib/invitations/guest-row-views.ts)
// and this writes them, on the server for the HTML and again in the browser.
// Every value is escaped here; the markup, classes and accessible names are
// those the React rows had, so the page looks and reads the same. The rows'
// buttons are worked by the table's one client component
// (components/guests/row-actions.tsx) through `form=` and data attributes.
// No imports but the status words: this runs in the browser too.
import { invitationStatusLabel, type InvitationStatus } from "@/lib/invitations/status";
import type { GuestRowView } from "./guest-row-views";

export type GuestRowsOptions = {
  /** The guest list's address (`/staff/events/<id>/guests`): the rows' links go below it. */
  base: string;
  /** Editors of an open event: the choose boxes, the actions column and the links to change a guest. */
  canEdit: boolean;
  /** The `id`s of the forms the rows' buttons submit (they live outside the rows, in the table's client component). */
  forms: { choose: string; resend: string; decide: string };
  classes: GuestRowClasses;
};

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text or an attribute's value, safe inside HTML: the five characters that could end either are written as entities. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * The classes of the rows' badges and buttons, as the UI primitives merge
 * them (components/guests/guest-row-classes.ts computes them once from
 * components/ui). The rows' cells and words wear short classes of their own,
 * written out once in app/globals.css ("The guest list's rows").
 */
export type GuestRowClasses = {
  /** The badge of each answer, and the outline badge of an opted-out person. */
  statusBadge: Record<InvitationStatus, string>;
  outlineBadge: string;
  /** A proposed delegate's "Approve" (a secondary button) and "Refuse" (a ghost one). */
  approve: string;
  refuse: string;
};

// lucide-react's icons (lucide-react 1.x), drawn once per page as symbols
// (GUEST_ICON_SYMBOLS, in the table's sprite) and shown in each row by a
// <use> of a few dozen bytes rather than the whole drawing again.
const LUCIDE_ATTRIBUTES = 'fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"';

type Icon = { id: string; className: string; body: string };
const icon = (id: string, className: string, body: string): Icon => ({ id: `gi-${id}`, className, body });

/** Each answer's icon (components/ui/status-badge.tsx), and the two others a row can show: what lucide-react draws inside its <svg>. */
export const GUEST_ICONS = {
  not_sent: icon(
    "not-sent",
    "lucide-circle-dashed",
    '<path d="M10.1 2.182a10 10 0 0 1 3.8 0"></path><path d="M13.9 21.818a10 10 0 0 1-3.8 0"></path><path d="M17.609 3.721a10 10 0 0 1 2.69 2.7"></path><path d="M2.182 13.9a10 10 0 0 1 0-3.8"></path><path d="M20.279 17.609a10 10 0 0 1-2.7 2.69"></path><path d="M21.818 10.1a10 10 0 0 1 0 3.8"></path><path d="M3.721 6.391a10 10 0 0 1 2.7-2.69"></path><path d="M6.391 20.279a10 10 0 0 1-2.69-2.7"></path>',
  ),
  invited: icon("invited", "lucide-mail", '<path d="m22 7-8.991 5.727a2 2 0 0 1-2.009 0L2 7"></path><rect x="2" y="4" width="20" height="16" rx="2"></rect>'),
  accepted: icon("accepted", "lucide-circle-check lucide-check-circle-2", '<circle cx="12" cy="12" r="10"></circle><path d="m16 9-5.5 5.5L8 12"></path>'),
  declined: icon("declined", "lucide-circle-x lucide-x-circle", '<circle cx="12" cy="12" r="10"></circle><path d="m15 9-6 6"></path><path d="m9 9 6 6"></path>'),
  waitlisted: icon(
    "waitlisted",
    "lucide-hourglass",
    '<path d="M5 22h14"></path><path d="M5 2h14"></path><path d="M17 22v-4.172a2 2 0 0 0-.586-1.414L12 12l-4.414 4.414A2 2 0 0 0 7 17.828V22"></path><path d="M7 2v4.172a2 2 0 0 0 .586 1.414L12 12l4.414-4.414A2 2 0 0 0 17 6.172V2"></path>',
  ),
  delegate_pending: icon("delegate-pending", "lucide-clock", '<circle cx="12" cy="12" r="10"></circle><path d="M12 6v6l4 2"></path>'),
  delegated: icon("delegated", "lucide-user-round-check lucide-user-check-2", '<path d="M2 21a8 8 0 0 1 13.292-6"></path><circle cx="10" cy="8" r="5"></circle><path d="m16 19 2 2 4-4"></path>'),
  cancelled: icon("cancelled", "lucide-ban", '<circle cx="12" cy="12" r="10"></circle><path d="M4.929 4.929 19.07 19.071"></path>'),
  bellOff: icon(
    "bell-off",
    "lucide-bell-off",
    '<path d="M10.268 21a2 2 0 0 0 3.464 0"></path><path d="M17 17H4a1 1 0 0 1-.74-1.673C4.59 13.956 6 12.499 6 8a6 6 0 0 1 .258-1.742"></path><path d="m2 2 20 20"></path><path d="M8.668 3.01A6 6 0 0 1 18 8c0 2.687.77 4.653 1.707 6.05"></path>',
  ),
  more: icon("more", "lucide-ellipsis lucide-more-horizontal size-4", '<circle cx="12" cy="12" r="1"></circle><circle cx="19" cy="12" r="1"></circle><circle cx="5" cy="12" r="1"></circle>'),
} satisfies Record<InvitationStatus | "bellOff" | "more", Icon>;

/** The icons' drawings, once: the inside of the table's hidden sprite (components/guests/guest-table.tsx). */
export const GUEST_ICON_SYMBOLS = Object.values(GUEST_ICONS)
  .map((i) => `<symbol id="${i.id}" viewBox="0 0 24 24" ${LUCIDE_ATTRIBUTES}>${i.body}</symbol>`)
  .join("");

/** An icon in a row: lucide-react's outer <svg> (its size and classes), showing the sprite's symbol. */
const useIcon = (i: Icon) => `<svg width="24" height="24" viewBox="0 0 24 24" class="lucide ${i.className}" aria-hidden="true"><use href="#${i.id}"></use></svg>`;

const STATUS_ICONS = Object.fromEntries(Object.entries(GUEST_ICONS).map(([k, i]) => [k, useIcon(i)])) as Record<InvitationStatus | "bellOff" | "more", string>;

/** The rows of the guest list's table body, in the order given. */
export function guestRowsHtml(rows: readonly GuestRowView[], options: GuestRowsOptions): string {
  return guestRowsHtmlParts(rows, options, Infinity)[0];
}

/**
 * How long one part of the rows' HTML may grow. A string of more than about
 * 128 KB lives in V8's space for large objects, where making it one piece
 * (which React does to measure it) cost 6 µs a kilobyte on the bench's
 * machine against under 2 below it: 1.2 ms for a page of 50 rows at 200 KB.
 */
export const GUEST_ROWS_PART_CHARS = 60_000;

/** The same rows as guestRowsHtml, in parts of at most `maxChars` characters each (a row is never split), each a table body of its own. */
export function guestRowsHtmlParts(rows: readonly GuestRowView[], options: GuestRowsOptions, maxChars = GUEST_ROWS_PART_CHARS): string[] {
  const parts: string[] = [];
  let html = "";
  for (const g of rows) {
    const row = guestRowHtml(g, options);
    if (html && html.length + row.length > maxChars) {
      parts.push(html);
      html = "";
    }
    html += row;
  }
  parts.push(html);
  return parts;
}

function statusBadgeHtml(status: InvitationStatus, classes: GuestRowClasses): string {
  return `<span class="${classes.statusBadge[status]}" data-status="${status}">${STATUS_ICONS[status]}${escapeHtml(invitationStatusLabel(status))}</span>`;
}

function guestRowHtml(g: GuestRowView, o: GuestRowsOptions): string {
  const c = o.classes;
  const name = escapeHtml(g.name);
  const id = escapeHtml(g.id);
  let html = "<tr>";
  if (o.canEdit) {
    html += `<td class="guest-choose"><input type="checkbox" name="ids" form="${escapeHtml(o.forms.choose)}" value="${id}" aria-label="Choose ${name}"/></td>`;
  }
  html += `<td class="guest-who"><span class="gr-name">${name}</span>`;
  if (g.optedOut) {
    const words = escapeHtml(g.optedOut);
    html += `<span class="mt-1 block"><span class="${c.outlineBadge}" title="${words}">${STATUS_ICONS.bellOff}Opted out<span class="sr-only">: ${words}</span></span></span>`;
  }
  if (g.credentials) html += `<span class="gr-sub">${escapeHtml(g.credentials)}</span>`;
  html += `<span class="gr-sub gr-email">${g.email ? escapeHtml(g.email) : "No email address"}</span>`;
  html += detailsHtml(g);
  html += `</td>${answerHtml(g, name, o)}`;
  if (o.canEdit) {
    html += `<td class="guest-actions"><div class="gr-acts">`;
    if (g.delegate) html += decisionHtml(id, name, escapeHtml(g.delegate.name), o.forms.decide, c);
    html += "<div>";
    if (g.sent) {
      html += `<button type="submit" form="${escapeHtml(o.forms.resend)}" name="invitationId" value="${id}" data-guest-resend="" class="row-action">Re-send<span class="sr-only"> to ${name}</span></button>`;
    }
    html += menuHtml(id, name, g.sent, g.answerable ? `${o.base}/${g.id}/answer` : null);
    html += `</div></div></td>`;
  }
  return `${html}</tr>`;
}

/**
 * The row's other actions: record an answer, a new link, remove. A native
 * <details>: it opens by click, Enter or Space, without JavaScript.
 */
function menuHtml(id: string, name: string, sent: boolean, answerHref: string | null): string {
  let html = `<details class="row-menu"><summary class="row-action">${STATUS_ICONS.more}More<span class="sr-only"> actions for ${name}</span></summary>`;
  html += `<div class="row-menu-panel">`;
  if (answerHref) html += `<a class="row-action" href="${escapeHtml(answerHref)}">Record an answer<span class="sr-only"> for ${name}</span></a>`;
  if (sent) {
    html += `<button type="button" data-guest-ask="newLink" data-invitation-id="${id}" data-name="${name}" data-sent="true" class="row-action">New link<span class="sr-only"> for ${name}</span></button>`;
  }
  html += `<span aria-hidden="true" class="gr-sep"></span>`;
  html += `<button type="button" data-guest-ask="remove" data-invitation-id="${id}" data-name="${name}" data-sent="${sent ? "true" : "false"}" class="row-action row-danger">Remove<span class="sr-only"> ${name}</span></button>`;
  return `${html}</div></details>`;
}

/** Approve or refuse the delegate a guest proposed: each button submits the table's one decision form with its choice and the row's invitation. */
function decisionHtml(id: string, name: string, delegate: string, form: string, classes: GuestRowClasses): string {
  const button = (decision: "approve" | "refuse", word: string) =>
    `<button type="submit" form="${escapeHtml(form)}" name="choice" value="${decision}:${id}" data-guest-decide="" class="${classes[decision]}">${word}<span class="sr-only"> ${delegate} for ${name}</span></button>`;
  return `<div class="flex gap-1">${button("approve", "Approve")}${button("refuse", "Refuse")}</div>`;
}

/** The answer, how the guest came onto the list, a bounce, an arrival and when. */
function answerHtml(g: GuestRowView, name: string, o: GuestRowsOptions): string {
  let html = `<td class="guest-answer">${statusBadgeHtml(g.status, o.classes)}`;
  if (g.source) html += `<span class="gr-note">${escapeHtml(g.source)}</span>`;
  if (g.bounced) {
    html += `<span class="gr-bounced">Email bounced`;
    if (o.canEdit) html += ` · <a class="underline underline-offset-2" href="${escapeHtml(`${o.base}/${g.id}/address`)}">Correct the address<span class="sr-only"> of ${name}</span></a>`;
    html += `</span>`;
  }
  if (g.arrived) html += `<span class="gr-arrived">Arrived ${escapeHtml(g.arrived)}</span>`;
  return `${html}<span class="gr-when">${escapeHtml(g.when)}</span></td>`;
}

/** What the guest told us, a delegate they propose, and the emails that reached them: under the name, only when there is something. */
function detailsHtml(g: GuestRowView): string {
  if (!g.details && !g.delegate && !g.trail) return "";
  let html = `<span class="gr-details">`;
  if (g.details) html += `<span class="gr-said">${escapeHtml(g.details)}</span>`;
  if (g.delegate) {
    html += `<span class="gr-delegate">Proposes a delegate: <strong class="font-medium">${escapeHtml(g.delegate.name)}</strong>${g.delegate.credentials ? `, ${escapeHtml(g.delegate.credentials)}` : ""}</span>`;
  }
  if (g.trail) html += `<span class="gr-trail">${escapeHtml(g.trail)}</span>`;
  return `${html}</span>`;
}
