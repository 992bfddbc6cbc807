import { Button, Table, TH, THead, TR } from "@/components/ui";
import { guestRowViews, type GuestRowData } from "@/lib/invitations/guest-row-views";
import { GUEST_ICON_SYMBOLS } from "@/lib/invitations/guest-rows-html";
import type { ActionState } from "@/lib/safe-action";
import type { NamedPerson } from "@/lib/people/display-name";
import { SELECTION_FORM_ID } from "./guest-row-forms";
import { GuestRowsBody } from "./guest-rows-body";
import { GuestRowControls } from "./row-actions";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** The guest list's server actions, passed in by the page (components do not import routes). */
export type GuestTableActions = { newLink: Action; remove: Action; resend: Action; decide: Action };

/** The buttons that act on the rows chosen below. */
function SelectionForm({ base, canInvite }: { base: string; canInvite: boolean }) {
  return (
    // The checkboxes join this form through their form attribute: forms cannot nest, and each row has its own.
    <form id={SELECTION_FORM_ID} method="get" action={`${base}/send`} className="flex flex-wrap items-center gap-2 text-sm text-muted">
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
  rows: readonly GuestRowData[];
  canEdit: boolean;
  canInvite: boolean;
  base: string;
  delegates: ReadonlyMap<string, NamedPerson>;
};

/**
 * The guest list as a table, and as cards below 720 px (app/globals.css,
 * .guest-list). Rows can be chosen (a plain form, so choosing and inviting
 * work without JavaScript) for inviting or removing together. Each row shows
 * its one main action; the rest sit in a small menu (a <details>, so it opens
 * without JavaScript and by keyboard), Remove last and marked as dangerous.
 * The rows go to the page as words (lib/invitations/guest-row-views.ts) and
 * become escaped HTML strings, a table body for about 20 rows (GuestRowsBody):
 * React renders and sends no element per row. The rows' icons are drawn
 * once, in a hidden sprite after the table, and each row shows them by <use>.
 */
export function GuestTable({ actions, event, rows, canEdit, canInvite, base, delegates }: TableProps) {
  const views = guestRowViews(rows, { timeZone: event.timeZone, delegates });
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
          <GuestRowsBody rowsJson={JSON.stringify(views)} base={base} canEdit={canEdit} />
        </Table>
      </GuestRowControls>
      <svg aria-hidden="true" focusable="false" className="absolute size-0 overflow-hidden" dangerouslySetInnerHTML={{ __html: GUEST_ICON_SYMBOLS }} />
    </div>
  );
}
