"use client";

import { useRef } from "react";
import { MoveButtons } from "@/components/forms/move-buttons";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, Checkbox, ErrorSummary, Field, Input, Options, Select } from "@/components/ui";
import { ATTRIBUTIONS, attributionLabel } from "@/lib/events/attribution";
import { SPEAKER_ROLES, speakerRoleLabel } from "@/lib/events/protocol-order";
import { addAgenda, addCreatedSpeaker, addExistingSpeaker, changeAgenda, dropAgenda, dropSpeaker, reorderSpeaker, setSpeakerItems } from "./actions";

function RoleSelect({ id, defaultValue }: { id: string; defaultValue?: string }) {
  return (
    <Select id={id} name="role" defaultValue={defaultValue ?? "speaker"} fieldSize="sm">
      <Options of={SPEAKER_ROLES} label={speakerRoleLabel} />
    </Select>
  );
}

export function AddPersonAsSpeaker({ eventId, personId, name }: { eventId: string; personId: string; name: string }) {
  const { failure: state, run, pending } = useFormAction(addExistingSpeaker);
  return (
    <form action={run} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="personId" value={personId} />
      <label htmlFor={`role-${personId}`} className="sr-only">
        Role for {name}
      </label>
      <RoleSelect id={`role-${personId}`} />
      <Button type="submit" size="sm" variant="secondary" disabled={pending} aria-label={`Add ${name}`}>
        Add
      </Button>
      {state?.fieldErrors?.personId ? <span className="text-sm text-danger">{state.fieldErrors.personId}</span> : null}
    </form>
  );
}

export function NewSpeakerForm({ eventId }: { eventId: string }) {
  // A form `action` clears its fields itself once the action succeeds.
  const { failure: state, run, pending } = useFormAction(addCreatedSpeaker);
  const e = state?.fieldErrors ?? {};
  const errors = Object.entries(e).map(([k, message]) => ({
    href: `#new-${k}`,
    message,
  }));
  return (
    <form action={run} noValidate className="space-y-4">
      {errors.length > 1 ? <ErrorSummary errors={errors} /> : null}
      <input type="hidden" name="eventId" value={eventId} />
      <div className="grid gap-4 sm:grid-cols-[8rem_1fr_1fr]">
        <Field label="Honorific" htmlFor="new-honorific" optional hint="H.E. Ms., Dr., Amb.">
          {(c) => <Input {...c} name="honorific" defaultValue={state?.values?.honorific} />}
        </Field>
        <Field label="Given name" htmlFor="new-givenName" error={e.givenName} required>
          {(c) => <Input {...c} name="givenName" defaultValue={state?.values?.givenName} />}
        </Field>
        <Field label="Family name" htmlFor="new-familyName" error={e.familyName} required>
          {(c) => <Input {...c} name="familyName" defaultValue={state?.values?.familyName} />}
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Title" htmlFor="new-positionTitle" optional hint="Minister of Foreign Affairs">
          {(c) => <Input {...c} name="positionTitle" defaultValue={state?.values?.positionTitle} />}
        </Field>
        <Field label="Affiliation" htmlFor="new-affiliation" optional hint="Norway">
          {(c) => <Input {...c} name="affiliation" defaultValue={state?.values?.affiliation} />}
        </Field>
        <Field label="Email" htmlFor="new-email" error={e.email} optional hint="If known; an existing person with it is reused.">
          {(c) => <Input {...c} name="email" type="email" defaultValue={state?.values?.email} />}
        </Field>
        <Field label="Role" htmlFor="new-role" required>
          {() => <RoleSelect id="new-role" defaultValue={state?.values?.role} />}
        </Field>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Adding…" : "Create and add"}
      </Button>
    </form>
  );
}

export function SpeakerControls({ speakerId, name, first, last }: { speakerId: string; name: string; first: boolean; last: boolean }) {
  const move = useFormAction(reorderSpeaker);
  const drop = useFormAction(dropSpeaker);
  return (
    <div className="flex items-center gap-1">
      <MoveButtons move={move} field="speakerId" id={speakerId} what={name} first={first} last={last} iconClassName="size-4" />
      <form action={drop.run}>
        <input type="hidden" name="speakerId" value={speakerId} />
        <Button type="submit" size="sm" variant="ghost" disabled={drop.pending} aria-label={`Remove ${name}`}>
          Remove
        </Button>
      </form>
    </div>
  );
}

/** An agenda item as its form shows it: clock times on the event's day, in its zone. */
export type AgendaItemValues = {
  id: string;
  startTime: string;
  endTime: string;
  title: string;
  description: string;
  attribution: string;
  livestreamed: boolean;
};

/** Adds an item, or (given one) changes it in place. */
export function AgendaForm({ eventId, item, onSaved }: { eventId: string; item?: AgendaItemValues; onSaved?: () => void }) {
  const { failure: state, run, pending } = useFormAction(item ? changeAgenda : addAgenda, onSaved);
  const e = state?.fieldErrors ?? {};
  const v = (name: keyof AgendaItemValues & string) => state?.values?.[name] ?? (item ? String(item[name] ?? "") : undefined);
  // Ids unique on a page that holds the add form and one edit form per item.
  const id = (name: string) => (item ? `agenda-${item.id}-${name}` : `agenda-${name}`);
  return (
    <form action={run} noValidate className="space-y-4">
      <input type="hidden" name="eventId" value={eventId} />
      {item ? <input type="hidden" name="itemId" value={item.id} /> : null}
      <Field label="Item" htmlFor={id("title")} error={e.title} required>
        {(c) => <Input {...c} name="title" placeholder="Opening remarks" defaultValue={v("title")} />}
      </Field>
      <div className="grid grid-cols-2 gap-4 sm:max-w-xs">
        <Field label="Starts" htmlFor={id("startTime")} error={e.startTime} required>
          {(c) => <Input {...c} name="startTime" type="time" defaultValue={v("startTime")} />}
        </Field>
        <Field label="Ends" htmlFor={id("endTime")} error={e.endTime} optional>
          {(c) => <Input {...c} name="endTime" type="time" defaultValue={v("endTime")} />}
        </Field>
      </div>
      <Field label="Description" htmlFor={id("description")} optional>
        {(c) => <Input {...c} name="description" defaultValue={v("description")} />}
      </Field>
      <Field label="Attribution" htmlFor={id("attribution")} error={e.attribution} hint="Most items follow the event’s rule.">
        {(c) => (
          <Select {...c} name="attribution" defaultValue={v("attribution") || "inherit"}>
            <option value="inherit">As the event</option>
            <Options of={ATTRIBUTIONS} label={attributionLabel} />
          </Select>
        )}
      </Field>
      <div>
        <Checkbox name="livestreamed" label="This item is livestreamed" defaultChecked={item?.livestreamed} />
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {item ? (pending ? "Saving…" : "Save item") : pending ? "Adding…" : "Add to agenda"}
      </Button>
    </form>
  );
}

/** "Edit" under an agenda item: its form opens in place and closes once saved. */
export function EditAgendaItem({ eventId, item }: { eventId: string; item: AgendaItemValues }) {
  const details = useRef<HTMLDetailsElement>(null);
  return (
    <details ref={details} className="group mt-1">
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium text-accent underline-offset-4 hover:underline sm:min-h-0 sm:py-1">
        Edit<span className="sr-only"> {item.title}</span>
      </summary>
      <div className="mt-3 rounded-md border border-line bg-surface p-4">
        <AgendaForm
          eventId={eventId}
          item={item}
          onSaved={() => {
            if (details.current) details.current.open = false;
          }}
        />
      </div>
    </details>
  );
}

export function RemoveAgendaItem({ itemId, title }: { itemId: string; title: string }) {
  const { run, pending } = useFormAction(dropAgenda);
  return (
    <form action={run}>
      <input type="hidden" name="itemId" value={itemId} />
      <Button type="submit" size="sm" variant="ghost" disabled={pending} aria-label={`Remove ${title}`}>
        Remove
      </Button>
    </form>
  );
}

export type SpeakerAgendaChoice = { id: string; title: string; detail: string };

/**
 * The agenda items one speaker speaks at: a checkbox per item and a button,
 * all native controls in a fieldset named after the speaker, so it works by
 * keyboard (and without JavaScript).
 */
export function SpeakerAgendaForm({ speakerId, name, items, chosen }: { speakerId: string; name: string; items: readonly SpeakerAgendaChoice[]; chosen: readonly string[] }) {
  const { failure: state, run, pending } = useFormAction(setSpeakerItems);
  const error = state?.fieldErrors?.agendaItemIds;
  return (
    <form action={run} className="mt-2">
      <input type="hidden" name="speakerId" value={speakerId} />
      <fieldset aria-describedby={error ? `speaks-at-${speakerId}-error` : undefined}>
        <legend className="text-xs font-medium text-muted">
          Speaks at<span className="sr-only"> ({name})</span>
        </legend>
        <div className="mt-1 flex flex-wrap items-start gap-x-5 gap-y-1">
          {items.map((item) => (
            <Checkbox key={item.id} name="agendaItemIds" value={item.id} defaultChecked={chosen.includes(item.id)} label={item.title} description={item.detail} />
          ))}
          <Button type="submit" size="sm" variant="secondary" disabled={pending} aria-label={`Save the agenda items ${name} speaks at`}>
            {pending ? "Saving…" : "Save"}
          </Button>
        </div>
        {error ? (
          <p id={`speaks-at-${speakerId}-error`} className="mt-1 text-sm text-danger">
            {error}
          </p>
        ) : null}
      </fieldset>
    </form>
  );
}
