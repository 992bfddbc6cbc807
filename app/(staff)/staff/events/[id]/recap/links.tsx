"use client";

import { Button, Field, Input, Options, Select } from "@/components/ui";
import type { AttributionHit } from "@/lib/recaps/guard/attribution-guard";
import { RECAP_LINK_KINDS, recapLinkHeading, recapLinkKindLabel, type RecapLinkKind } from "@/lib/recaps/schema";
import { Highlighted } from "./highlighted";
import { MoveButtons } from "@/components/forms/move-buttons";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";

export type EditorLink = { id: string; kind: RecapLinkKind; title: string; url: string };
export type LinkActions = { add: FormAction; move: FormAction; remove: FormAction };

export function RecapLinks({ eventId, links, hits, canEdit, actions }: { eventId: string; links: EditorLink[]; hits: AttributionHit[]; canEdit: boolean; actions: LinkActions }) {
  return (
    <section aria-labelledby="links-heading" className="space-y-4">
      <div>
        <h2 id="links-heading" className="text-lg font-semibold text-ink">
          Related links
        </h2>
        <p className="text-sm text-muted">Grouped on the public page under “Related coverage”, “Watch”, “Further reading” and “Downloads”.</p>
      </div>
      {links.length === 0 ? (
        <p className="rounded-md border border-dashed border-line-strong px-4 py-6 text-center text-sm text-muted">No links yet: news coverage, the video of the remarks, the report.</p>
      ) : (
        <ol className="divide-y divide-line rounded-md border border-line bg-paper" aria-label="Links in order">
          {links.map((link, i) => (
            <LinkRow key={link.id} link={link} index={i} count={links.length} hits={hits.filter((h) => h.field === `link:${link.id}`)} canEdit={canEdit} actions={actions} />
          ))}
        </ol>
      )}
      {canEdit ? <AddLinkForm eventId={eventId} action={actions.add} /> : null}
    </section>
  );
}

function LinkRow({ link, index, count, hits, canEdit, actions }: { link: EditorLink; index: number; count: number; hits: AttributionHit[]; canEdit: boolean; actions: LinkActions }) {
  const move = useFormAction(actions.move);
  const remove = useFormAction(actions.remove);
  return (
    <li id={`link-${link.id}`} className="flex flex-col gap-2 px-3 py-2.5 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="text-[11px] font-semibold uppercase tracking-[0.12em] text-accent">{recapLinkHeading(link.kind)}</p>
        <p className="font-medium text-ink">
          <Highlighted text={link.title} hits={hits} />
        </p>
        <p className="truncate text-xs text-muted">{link.url}</p>
        {hits.map((h, i) => (
          <p key={i} className="text-[13px] text-danger">
            {h.reason}
          </p>
        ))}
      </div>
      {canEdit ? (
        <div className="flex shrink-0 items-center gap-1">
          <MoveButtons move={move} field="linkId" id={link.id} what={`“${link.title}”`} first={index === 0} last={index === count - 1} />
          <form action={remove.run}>
            <input type="hidden" name="linkId" value={link.id} />
            <Button type="submit" size="sm" variant="ghost" disabled={remove.pending} aria-label={`Remove “${link.title}”`}>
              Remove
            </Button>
          </form>
        </div>
      ) : null}
    </li>
  );
}

function AddLinkForm({ eventId, action }: { eventId: string; action: FormAction }) {
  const add = useFormAction(action);
  const e = add.failure?.fieldErrors ?? {};
  const v = add.failure?.values ?? {};
  return (
    <form action={add.run} noValidate aria-labelledby="add-link-heading" className="space-y-4 rounded-md border border-line bg-surface p-4">
      <h3 id="add-link-heading" className="font-semibold text-ink">
        Add a link
      </h3>
      <input type="hidden" name="eventId" value={eventId} />
      <Field label="Kind" htmlFor="link-kind" error={e.kind}>
        {(c) => (
          <Select {...c} name="kind" defaultValue={v.kind ?? "coverage"}>
            <Options of={RECAP_LINK_KINDS} label={recapLinkKindLabel} />
          </Select>
        )}
      </Field>
      <Field label="Title" htmlFor="link-title" required error={e.title} hint="As readers will see it: “UN News: Afghan women call for a seat at the table”.">
        {(c) => <Input {...c} name="title" defaultValue={v.title} />}
      </Field>
      <Field label="Address" htmlFor="link-url" required error={e.url} hint="The full address, starting with https://">
        {(c) => <Input {...c} name="url" type="url" inputMode="url" placeholder="https://" defaultValue={v.url} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={add.pending}>
        {add.pending ? "Adding…" : "Add link"}
      </Button>
    </form>
  );
}
