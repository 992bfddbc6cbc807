// Who may reach what: every page, route handler and server action in the
// app, against five principals. e2e/authorization.spec.ts fails when the app
// has something this file does not name, names something the app no longer
// has, or answers any cell differently.
//
// Principals
//   anon    nobody: no cookie (and, to prove the proxy is not the only gate,
//           again with a forged session cookie and through a path the proxy
//           does not cover)
//   guest   holds one working guest link (/rsvp/<token>) and nothing else
//   viewer, editor, admin   signed-in staff (lib/auth/roles.ts)
//
// Cells for pages and route handlers (a GET, redirects not followed)
//   ok        2xx: the content
//   sign-in   redirect to /sign-in (a route handler may answer 401 instead
//             once past the proxy)
//   403       the forbidden page: signed in, role too low
//   404       not found: a guest link, or a draft's photo, that is not theirs
//   401       refused by signature (the Resend webhook; nobody here holds its secret)
//   to-staff  redirect to /staff (signed-in staff asking for the sign-in page)
//
// Cells for server actions (POST with Next-Action and a harmless form)
//   ok        the gate let it through: the action answered (field errors for
//             the empty form, or what the form asked for)
//   sign-in   "Sign in again", or a redirect to /sign-in
//   denied    "You do not have permission to do this."
//   gone      "This link no longer works": no working guest link in the form

export const PRINCIPALS = ["anon", "guest", "viewer", "editor", "admin"] as const;
export type Principal = (typeof PRINCIPALS)[number];

export const ENDPOINT_CELLS = ["ok", "sign-in", "403", "404", "401", "to-staff"] as const;
export type EndpointCell = (typeof ENDPOINT_CELLS)[number];
export const ACTION_CELLS = ["ok", "sign-in", "denied", "gone"] as const;
export type ActionCell = (typeof ACTION_CELLS)[number];

export type Row<C extends string> = { target: string; cells: Record<Principal, C>; line: number };

/** Reads a `|`-separated table: a header row naming the principals, then one row per target. */
function table<C extends string>(allowed: readonly C[], source: string): Row<C>[] {
  const lines = source.split("\n").map((l, i) => ({ text: l.trim(), line: i }));
  const rows = lines.filter((l) => l.text && !l.text.startsWith("#") && !/^[-| ]+$/.test(l.text));
  const [header, ...body] = rows;
  const columns = header.text.split("|").map((c) => c.trim());
  if (columns.slice(1).join(",") !== PRINCIPALS.join(",")) throw new Error(`Matrix header must be: target | ${PRINCIPALS.join(" | ")}`);
  return body.map(({ text, line }) => {
    const [target, ...values] = text.split("|").map((c) => c.trim());
    if (values.length !== PRINCIPALS.length) throw new Error(`Matrix row "${target}" needs ${PRINCIPALS.length} cells`);
    for (const v of values) if (!allowed.includes(v as C)) throw new Error(`Matrix row "${target}": "${v}" is not one of ${allowed.join(", ")}`);
    const cells = Object.fromEntries(PRINCIPALS.map((p, i) => [p, values[i] as C])) as Record<Principal, C>;
    return { target, cells, line };
  });
}

/** Pages and route handlers, by pattern. Staff route handlers sit behind the proxy like pages. */
export const ENDPOINTS = table(
  ENDPOINT_CELLS,
  `
  pattern                                            | anon    | guest   | viewer   | editor   | admin
  ---------------------------------------------------|---------|---------|----------|----------|---------
  # the public
  /                                                  | ok      | ok      | ok       | ok       | ok
  /events                                            | ok      | ok      | ok       | ok       | ok
  /events/[slug]                                     | ok      | ok      | ok       | ok       | ok
  /events/[slug]/calendar.ics                        | ok      | ok      | ok       | ok       | ok
  /events.ics                                        | ok      | ok      | ok       | ok       | ok
  /feed.xml                                          | ok      | ok      | ok       | ok       | ok
  /sitemap.xml                                       | ok      | ok      | ok       | ok       | ok
  /robots.txt                                        | ok      | ok      | ok       | ok       | ok
  /og                                                | ok      | ok      | ok       | ok       | ok
  /og/events/[slug]                                  | ok      | ok      | ok       | ok       | ok
  # the bench's empty page and the guest page's floor: only with CONVENE_BENCH=1 (npm run bench), a 404 otherwise
  /bench/bare                                        | 404     | 404     | 404      | 404      | 404
  /bench/guest-query/[token]                         | 404     | 404     | 404      | 404      | 404
  # a draft recap's photo (or the cover of a draft event): staff only, a plain 404 to anyone else
  /assets/[id]                                       | 404     | 404     | ok       | ok       | ok
  /assets/[id]/[width]                               | 404     | 404     | ok       | ok       | ok
  # the guest's own link
  /rsvp/[token]                                      | 404     | ok      | 404      | 404      | 404
  /rsvp/[token]/calendar.ics                         | 404     | ok      | 404      | 404      | 404
  /rsvp/[token]/view                                 | 404     | ok      | 404      | 404      | 404
  # opting out (lib/opt-out): the person's own link is the credential, and nobody here holds one
  # (the sample token is their RSVP link or a forgery): a 404 for all. The POST routes are probed
  # with a one-click body; a GET never changes anything.
  /opt-out/[token]                                   | 404     | 404     | 404      | 404      | 404
  /opt-out/[token]/post                              | 404     | 404     | 404      | 404      | 404
  /opt-in                                            | ok      | ok      | ok       | ok       | ok
  /opt-in/done                                       | ok      | ok      | ok       | ok       | ok
  /opt-in/[token]                                    | 404     | 404     | 404      | 404      | 404
  /opt-in/[token]/post                               | 404     | 404     | 404      | 404      | 404
  # signing in
  /sign-in                                           | ok      | ok      | to-staff | to-staff | to-staff
  /sign-in/check-email                               | ok      | ok      | ok       | ok       | ok
  /sign-in/error                                     | ok      | ok      | ok       | ok       | ok
  /sign-in/verify                                    | ok      | ok      | ok       | ok       | ok
  /api/auth/[...nextauth]                            | ok      | ok      | ok       | ok       | ok
  # health checks for a balancer (lib/health.ts): anyone, no session needed
  /api/health                                        | ok      | ok      | ok       | ok       | ok
  /api/ready                                         | ok      | ok      | ok       | ok       | ok
  # only Resend, by signature
  /api/webhooks/resend                               | 401     | 401     | 401      | 401      | 401
  # the dev mailbox (CONVENE_DEV_MAILBOX=1 in the e2e build; off in production)
  /dev/mailbox                                       | ok      | ok      | ok       | ok       | ok
  /dev/mailbox/[id]                                  | ok      | ok      | ok       | ok       | ok
  /dev/mailbox/[id]/attachments/[n]                  | ok      | ok      | ok       | ok       | ok
  # staff: viewers see everything
  /staff                                             | sign-in | sign-in | ok       | ok       | ok
  /staff/calendar                                    | sign-in | sign-in | ok       | ok       | ok
  /staff/email                                       | sign-in | sign-in | ok       | ok       | ok
  /staff/events                                      | sign-in | sign-in | ok       | ok       | ok
  /staff/events/[id]                                 | sign-in | sign-in | ok       | ok       | ok
  /staff/events/[id]/check-in                        | sign-in | sign-in | ok       | ok       | ok
  /staff/events/[id]/check-in/kiosk                  | sign-in | sign-in | ok       | ok       | ok
  /staff/events/[id]/check-in/print                  | sign-in | sign-in | ok       | ok       | ok
  /staff/events/[id]/seating                         | sign-in | sign-in | ok       | ok       | ok
  /staff/events/[id]/guests                          | sign-in | sign-in | ok       | ok       | ok
  /staff/events/[id]/guests/catering                 | sign-in | sign-in | ok       | ok       | ok
  /staff/events/[id]/guests/export                   | sign-in | sign-in | ok       | ok       | ok
  /staff/events/[id]/guests/export.csv               | sign-in | sign-in | ok       | ok       | ok
  /staff/events/[id]/print/[document]                | sign-in | sign-in | ok       | ok       | ok
  /staff/events/[id]/guests/print                    | sign-in | sign-in | ok       | ok       | ok
  /staff/events/[id]/guests/progress                 | sign-in | sign-in | ok       | ok       | ok
  /staff/events/[id]/history                         | sign-in | sign-in | ok       | ok       | ok
  /staff/events/[id]/programme                       | sign-in | sign-in | ok       | ok       | ok
  /staff/events/[id]/recap                           | sign-in | sign-in | ok       | ok       | ok
  /staff/organizations                               | sign-in | sign-in | ok       | ok       | ok
  /staff/organizations/[id]                          | sign-in | sign-in | ok       | ok       | ok
  /staff/people                                      | sign-in | sign-in | ok       | ok       | ok
  /staff/people/[id]                                 | sign-in | sign-in | ok       | ok       | ok
  /staff/people/export                               | sign-in | sign-in | ok       | ok       | ok
  /staff/people/lists                                | sign-in | sign-in | ok       | ok       | ok
  /staff/people/lists/[id]                           | sign-in | sign-in | ok       | ok       | ok
  /staff/programs                                    | sign-in | sign-in | ok       | ok       | ok
  /staff/programs/[id]                               | sign-in | sign-in | ok       | ok       | ok
  /staff/reports                                     | sign-in | sign-in | ok       | ok       | ok
  /staff/reports/export                              | sign-in | sign-in | ok       | ok       | ok
  /staff/reports/print                               | sign-in | sign-in | ok       | ok       | ok
  /staff/venues                                      | sign-in | sign-in | ok       | ok       | ok
  /staff/venues/[id]                                 | sign-in | sign-in | ok       | ok       | ok
  # staff: editors change things
  /staff/events/new                                  | sign-in | sign-in | 403      | ok       | ok
  /staff/events/[id]/edit                            | sign-in | sign-in | 403      | ok       | ok
  /staff/events/[id]/guests/add                      | sign-in | sign-in | 403      | ok       | ok
  /staff/events/[id]/guests/add-list                 | sign-in | sign-in | 403      | ok       | ok
  /staff/events/[id]/guests/import                   | sign-in | sign-in | 403      | ok       | ok
  /staff/events/[id]/guests/remind                   | sign-in | sign-in | 403      | ok       | ok
  /staff/events/[id]/guests/remove                   | sign-in | sign-in | 403      | ok       | ok
  /staff/events/[id]/guests/send                     | sign-in | sign-in | 403      | ok       | ok
  /staff/events/[id]/guests/[invitationId]/address   | sign-in | sign-in | 403      | ok       | ok
  /staff/events/[id]/guests/[invitationId]/answer    | sign-in | sign-in | 403      | ok       | ok
  /staff/people/new                                  | sign-in | sign-in | 403      | ok       | ok
  /staff/people/import                               | sign-in | sign-in | 403      | ok       | ok
  /staff/people/lists/import                         | sign-in | sign-in | 403      | ok       | ok
  # staff: admins manage staff
  /staff/users                                       | sign-in | sign-in | 403      | 403      | ok
  /staff/settings                                    | sign-in | sign-in | 403      | 403      | ok
  `,
);

/** Server actions, by `file#export`. */
export const ACTIONS = table(
  ACTION_CELLS,
  `
  action                                                                  | anon    | guest   | viewer  | editor  | admin
  ------------------------------------------------------------------------|---------|---------|---------|---------|--------
  # the public
  app/(public)/events/[slug]/actions.ts#registerAction                    | ok      | ok      | ok      | ok      | ok
  app/sign-in/actions.ts#requestSignIn                                    | ok      | ok      | ok      | ok      | ok
  app/opt-in/actions.ts#requestOptInLink                                  | ok      | ok      | ok      | ok      | ok
  # the guest's link is their only credential: it travels in the form
  app/rsvp/[token]/actions.ts#answerAction                                | gone    | ok      | gone    | gone    | gone
  app/rsvp/[token]/actions.ts#delegateAction                              | gone    | ok      | gone    | gone    | gone
  # signing out (the inline action of the staff layout)
  app/(staff)/staff/layout.tsx#$$RSC_SERVER_ACTION_0                      | sign-in | sign-in | ok      | ok      | ok
  # editors
  app/(staff)/staff/actions.ts#moveWaitlistsUp                            | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/email/actions.ts#retryFailedEmail                     | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/actions.ts#saveEvent                           | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/actions.ts#duplicate                           | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/actions.ts#cancel                              | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/actions.ts#removeDraft                         | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/check-in/actions.ts#markArrived           | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/check-in/actions.ts#undoArrival           | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/check-in/actions.ts#addWalkInAction       | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/check-in/actions.ts#admitAnywayAction     | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/seating/actions.ts#seatByProtocolAction    | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/seating/actions.ts#assignSeatAction        | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/seating/actions.ts#unseatAction            | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/seating/actions.ts#addTableAction          | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/seating/actions.ts#editTableAction         | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/seating/actions.ts#removeTableAction       | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/seating/actions.ts#seatingRoleAction       | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/seating/actions.ts#movePrecedenceAction    | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/seating/actions.ts#reorderPrecedenceAction | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/seating/actions.ts#resetPrecedenceAction   | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/seating/actions.ts#seatingSettingsAction   | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/check-in/actions.ts#scanArrival           | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/guests/actions.ts#addChosenPeople         | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/guests/actions.ts#addFromDirectory        | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/guests/actions.ts#addListAction           | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/guests/actions.ts#correctAddressAction    | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/guests/actions.ts#decideDelegateAction    | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/guests/actions.ts#importGuestList         | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/guests/actions.ts#newLinkAction           | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/guests/actions.ts#recordAnswerAction      | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/guests/actions.ts#remindAction            | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/guests/actions.ts#removeAction            | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/guests/actions.ts#resendAction            | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/guests/actions.ts#sendInvitationsAction   | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/programme/actions.ts#addAgenda            | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/programme/actions.ts#addCreatedSpeaker    | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/programme/actions.ts#addExistingSpeaker   | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/programme/actions.ts#changeAgenda         | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/programme/actions.ts#dropAgenda           | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/programme/actions.ts#dropSpeaker          | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/programme/actions.ts#reorderSpeaker       | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/programme/actions.ts#setSpeakerItems      | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/edit/cover-actions.ts#removeCover        | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/edit/cover-actions.ts#saveCover          | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/recap/actions.ts#addLink                  | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/recap/actions.ts#leadPhoto                | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/recap/actions.ts#moveLink                 | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/recap/actions.ts#movePhoto                | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/recap/actions.ts#publish                  | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/recap/actions.ts#removeLink               | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/recap/actions.ts#removePhoto              | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/recap/actions.ts#saveRecapText            | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/recap/actions.ts#submitForReview          | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/recap/actions.ts#unpublish                | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/recap/actions.ts#updatePhoto              | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/recap/actions.ts#uploadPhoto              | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/events/[id]/recap/actions.ts#withdraw                 | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/organizations/actions.ts#createOrganizationAction     | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/organizations/actions.ts#updateOrganizationAction     | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/people/actions.ts#bulkPeopleAction                    | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/people/actions.ts#createPersonAction                  | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/people/actions.ts#mergePeopleAction                   | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/people/actions.ts#setPersonTagsAction                 | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/people/actions.ts#updatePersonAction                  | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/people/import/actions.ts#importPeopleCsv              | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/people/lists/actions.ts#createListAction              | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/people/lists/actions.ts#deleteListAction              | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/people/lists/actions.ts#removeMembersAction           | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/people/lists/actions.ts#updateListAction              | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/people/lists/import/actions.ts#importTagsCsvAction    | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/programs/actions.ts#createProgramAction               | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/programs/actions.ts#updateProgramAction               | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/venues/actions.ts#createVenueAction                   | sign-in | sign-in | denied  | ok      | ok
  app/(staff)/staff/venues/actions.ts#updateVenueAction                   | sign-in | sign-in | denied  | ok      | ok
  # admins
  app/(staff)/staff/users/actions.ts#addStaff                             | sign-in | sign-in | denied  | denied  | ok
  app/(staff)/staff/users/actions.ts#changeRole                           | sign-in | sign-in | denied  | denied  | ok
  app/(staff)/staff/users/actions.ts#removeStaff                          | sign-in | sign-in | denied  | denied  | ok
  app/(staff)/staff/users/actions.ts#signOutEveryone                      | sign-in | sign-in | denied  | denied  | ok
  app/(staff)/staff/settings/actions.ts#saveSettings                      | sign-in | sign-in | denied  | denied  | ok
  `,
);

/**
 * The harmless form each action gets, when an empty one would not do: it
 * passes whatever gate there is and then fails validation, so nothing is
 * changed. `token` is filled in with the principal's guest link (or a forgery).
 */
export const HARMLESS_FORMS: Record<string, (s: { token: string; slug: string }) => Record<string, string>> = {
  // Every answer field is optional: an over-long one makes it a field error.
  "app/rsvp/[token]/actions.ts#answerAction": ({ token }) => ({ token, answer: "accept", plusOneName: "x".repeat(400) }),
  "app/rsvp/[token]/actions.ts#delegateAction": ({ token }) => ({ token }),
  "app/(public)/events/[slug]/actions.ts#registerAction": ({ slug }) => ({ slug }),
};
