"use client";

import { useActionState, useRef, useState } from "react";
import NextLink from "next/link";
import { Button } from "@/components/ui";
import type { ActionState } from "@/lib/safe-action";

type Person = { id: string; name: string; credentials: string; email: string | null; onList: boolean };

/** Search results with a box per person; "Add" puts everyone ticked on the guest list at once. */
export function AddPeopleForm({
  action,
  eventId,
  people,
  total,
  more = false,
  query,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  eventId: string;
  people: Person[];
  total: number;
  /** The count stopped at `total` and there are more. */
  more?: boolean;
  query: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  // The boxes are the form's own state (ticks made before the page is interactive count too); this only mirrors how many.
  const [count, setCount] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  const boxes = () => [...(form.current?.querySelectorAll<HTMLInputElement>("input[name=personIds]:not(:disabled)") ?? [])];
  const recount = () => setCount(boxes().filter((b) => b.checked).length);
  const error = state && !state.ok ? (state.formError ?? Object.values(state.fieldErrors ?? {})[0]) : null;
  if (people.length === 0) return <NobodyFound query={query} />;
  const selectable = people.filter((p) => !p.onList);
  const all = count === selectable.length;
  const chooseAll = () => {
    for (const b of boxes()) b.checked = !all;
    recount();
  };
  return (
    <form ref={form} action={formAction} onChange={recount} className="space-y-3">
      <input type="hidden" name="eventId" value={eventId} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted">
          {total > people.length || more ? `The first ${people.length} of ${more ? "more than " : ""}${total.toLocaleString("en-GB")} people; search to narrow.` : `${people.length} ${people.length === 1 ? "person" : "people"}`}
        </p>
        <div className="flex items-center gap-2">
          {selectable.length > 1 ? (
            <Button type="button" variant="ghost" size="sm" onClick={chooseAll}>
              {all ? "Clear all" : "Choose all shown"}
            </Button>
          ) : null}
          <Button type="submit" variant="primary" disabled={pending}>
            {pending ? "Adding…" : count ? `Add ${count} to the guest list` : "Add to the guest list"}
          </Button>
        </div>
      </div>
      {error ? (
        <p role="alert" className="rounded-md border border-danger/40 border-l-4 border-l-danger bg-danger-tint p-3 text-sm text-danger">
          {error}
        </p>
      ) : null}
      <fieldset>
        <legend className="sr-only">People to add</legend>
        <ul className="divide-y divide-line overflow-hidden rounded-md border border-line bg-paper">
          {people.map((p) => (
            <PersonChoice key={p.id} p={p} />
          ))}
        </ul>
      </fieldset>
    </form>
  );
}

function NobodyFound({ query }: { query: string }) {
  return (
    <p className="rounded-md border border-line bg-surface p-4 text-sm text-muted">
      {query ? `No one in the directory matches “${query}”. ` : "The directory is empty. "}
      <NextLink href="/staff/people/new" className="text-ink underline underline-offset-4">
        Add a person to the directory
      </NextLink>
    </p>
  );
}

/** One person to tick; those already on the list are shown ticked and cannot be changed. */
function PersonChoice({ p }: { p: Person }) {
  return (
    <li>
      <label className="flex min-h-12 cursor-pointer items-start gap-3 px-4 py-2.5 hover:bg-surface has-disabled:cursor-default has-disabled:bg-surface/60">
        <input
          type="checkbox"
          name="personIds"
          value={p.id}
          disabled={p.onList}
          defaultChecked={p.onList}
          className="mt-1 size-[18px] shrink-0 accent-ink"
        />
        <span className="min-w-0">
          <span className="font-medium text-ink">{p.name}</span>
          {p.onList ? <span className="ml-2 text-[12px] font-medium text-success">On the list</span> : null}
          {p.credentials ? <span className="block text-[13px] leading-5 text-muted">{p.credentials}</span> : null}
          <span className="block text-[13px] leading-5 text-muted">{p.email ?? "No email address: cannot be invited by email"}</span>
        </span>
      </label>
    </li>
  );
}
