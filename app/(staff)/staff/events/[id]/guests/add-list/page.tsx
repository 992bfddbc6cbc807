import type { Metadata } from "next";
import NextLink from "next/link";
import { ActionForm } from "@/components/staff/action-form";
import { BackLink } from "@/components/staff/back-link";
import { ListPreviewGroups } from "@/components/guests/list-preview";
import { Button, Select } from "@/components/ui";
import { getDb } from "@/db";
import { previewListForEvent } from "@/lib/invitations/add-list";
import { parseId } from "@/lib/ids";
import { listContactLists } from "@/lib/people/lists";
import { addListAction } from "../actions";
import { loadEventToEdit, type SearchParams } from "../../load";

export const metadata: Metadata = { title: "Add a list" };

type Props = { params: Promise<{ id: string }>; searchParams: SearchParams };

const n = (x: number) => x.toLocaleString("en-GB");

export default async function AddListPage({ params, searchParams }: Props) {
  const event = await loadEventToEdit(params);
  const raw = (await searchParams).list;
  const listId = parseId(Array.isArray(raw) ? raw[0] : raw);
  const db = getDb();
  const lists = await listContactLists(db);
  const preview = listId ? await previewListForEvent(db, event.id, listId) : null;
  const base = `/staff/events/${event.id}/guests`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 className="text-lg font-semibold text-ink">Add a contact list to the guest list</h2>
        <BackLink href={base}>Back to the guest list</BackLink>
      </div>
      {lists.length === 0 ? (
        <p className="rounded-md border border-line bg-surface p-4 text-sm text-muted">
          There are no contact lists yet.{" "}
          <NextLink href="/staff/people/lists" className="text-ink underline underline-offset-4">
            Make one on the Lists page
          </NextLink>
          .
        </p>
      ) : (
        <form action={`${base}/add-list`} className="flex max-w-xl flex-wrap items-end gap-2">
          <div className="flex min-w-0 flex-1 flex-col gap-1.5">
            <label htmlFor="list" className="text-sm font-medium text-ink">
              List
            </label>
            <Select id="list" name="list" defaultValue={preview?.list.id ?? ""} required>
              <option value="" disabled>
                Choose a list…
              </option>
              {lists.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name} ({n(l.members)}){l.smart ? " · smart" : ""}
                </option>
              ))}
            </Select>
          </div>
          <Button type="submit" variant="secondary">
            Show who would be added
          </Button>
        </form>
      )}
      {listId && !preview ? (
        <p role="alert" className="rounded-md border border-danger/40 border-l-4 border-l-danger bg-danger-tint p-3 text-sm text-danger">
          This list no longer exists. Choose another.
        </p>
      ) : null}
      {preview ? (
        <section aria-labelledby="preview-heading" className="space-y-4">
          <h3 id="preview-heading" className="text-base font-semibold text-ink">
            “{preview.list.name}”: {n(preview.total)} {preview.total === 1 ? "person" : "people"}
          </h3>
          <ListPreviewGroups preview={preview} />
          {preview.toAdd.count > 0 ? (
            <ActionForm
              action={addListAction}
              fields={{ eventId: event.id, listId: preview.list.id }}
              label={`Add ${n(preview.toAdd.count)} ${preview.toAdd.count === 1 ? "guest" : "guests"}`}
              pendingLabel="Adding…"
            >
              <p className="text-sm text-muted">They join the guest list as not yet invited; send their invitations from the guest list when ready.</p>
            </ActionForm>
          ) : (
            <p className="rounded-md border border-line bg-surface p-4 text-sm text-muted">Nobody new to add: everyone on this list who can be invited is already on the guest list.</p>
          )}
        </section>
      ) : null}
    </div>
  );
}
