"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { ArrowDown, ArrowUp, X } from "lucide-react";
import { startTransition, useActionState, useEffect, useMemo, useRef, useState } from "react";
import { useForm, type FieldErrors, type RegisterOptions, type UseFormReturn, type UseFormSetValue } from "react-hook-form";
import { Button, Checkbox, ErrorSummary, Field, Input, Options, Select, Textarea } from "@/components/ui";
import { ATTRIBUTIONS, attributionExplanation, attributionLabel } from "@/lib/events/attribution";
import { EVENT_FORMATS, formatLabel, type EventFormat } from "@/lib/events/format";
import { defaultsForFormat } from "@/lib/events/format-defaults";
import { eventFormSchema, type EventFormInput, type EventFormValues } from "@/lib/events/schema";
import type { ActionState } from "@/lib/safe-action";
import { QuickCreateOrganization, QuickCreateProgram, QuickCreateVenue, type QuickCreateAction } from "./quick-create";
import { localInputInstant, timesInCaption } from "@/lib/events/time-zones";

type Option = { id: string; name: string };
type VenueOption = Option & { city: string; timeZone: string };

/** The server actions the form calls, passed in by the page (components do not import routes). */
export type EventFormActions = {
  save: (state: ActionState, formData: FormData) => Promise<ActionState>;
  createVenue: QuickCreateAction;
  createOrganization: QuickCreateAction;
  createProgram: QuickCreateAction;
};

type Props = {
  actions: EventFormActions;
  eventId?: string;
  defaults: Partial<EventFormInput>;
  venues: VenueOption[];
  organizations: Option[];
  programs: Option[];
  timeZones: string[];
};

type TextField = Exclude<keyof EventFormInput, CheckField | "cohostIds">;
type CheckField = "waitlistEnabled" | "plusOnesAllowed" | "askDietary" | "askAccessibility" | "announceSpeakers";
const CHECK_FIELDS: CheckField[] = ["waitlistEnabled", "plusOnesAllowed", "askDietary", "askAccessibility", "announceSpeakers"];

/**
 * What the fields start with: what is stored, or, after a refused save sent
 * without JavaScript, what was sent (an unticked box is simply absent).
 */
function startingValues(defaults: Partial<EventFormInput>, sent: Record<string, string> | undefined): Partial<EventFormInput> {
  if (!sent) return defaults;
  const out: Partial<EventFormInput> = { ...defaults, ...sent };
  for (const name of CHECK_FIELDS) out[name] = name in sent;
  out.cohostIds = sent.cohostIds ? sent.cohostIds.split(",").filter(Boolean) : [];
  return out;
}

const VISIBILITY_LABELS = { public: "Public — listed on the website", invitation_only: "By invitation — page visible, no registration", internal: "Internal — staff only" } as const;

export function EventForm({ actions, eventId, defaults, venues, organizations, programs, timeZones }: Props) {
  const [state, action, pending] = useActionState<ActionState, FormData>(actions.save, null);
  const server = state && !state.ok ? state : null;
  const initial = startingValues(defaults, server?.values);
  // The stored values are in the server's HTML (defaultValue on each field),
  // and react-hook-form reads them from the page when it attaches. It is
  // given no defaultValues of its own: it would write them over anything
  // typed before the scripts arrived.
  const form = useForm<EventFormInput, unknown, EventFormValues>({ resolver: zodResolver(eventFormSchema), mode: "onBlur" });
  const { formState, setValue, watch } = form;
  const fields = registrars(form, initial);
  const [touchedByHand, setTouchedByHand] = useState(Boolean(eventId));
  const formRef = useRef<HTMLFormElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const error = (name: keyof EventFormInput): string | undefined =>
    (formState.errors as FieldErrors<EventFormInput>)[name]?.message?.toString() ?? server?.fieldErrors?.[name];
  const allErrors = useMemo(() => errorList(formState.errors, server), [formState.errors, server]);

  // Until the fields are attached (and in the server's HTML), what they start with.
  const timeZone = (watch("timeZone") ?? initial.timeZone ?? "") as string;
  const startsLocal = (watch("startsLocal") ?? initial.startsLocal ?? "") as string;
  const attribution = (watch("attribution") ?? initial.attribution ?? "") as string;

  function onFormatChange(format: EventFormat) {
    if (touchedByHand) return;
    const d = defaultsForFormat(format);
    setValue("visibility", d.visibility);
    setValue("attribution", d.attribution);
    setValue("plusOnesAllowed", d.plusOnesAllowed);
    setValue("askDietary", d.askDietary);
    setValue("askAccessibility", d.askAccessibility);
    setValue("announceSpeakers", d.announceSpeakers);
  }

  const parts = { ...fields, error, setValue };
  return (
    <form
      ref={formRef}
      noValidate
      data-ready={ready ? "" : undefined}
      // Before (or without) JavaScript the form posts to the action itself,
      // and the page comes back with the result.
      action={action}
      // Once the page runs, the same schema checks the form here and again
      // on the server. The action is started by hand so a refused save keeps
      // what was typed (a form `action` would reset the fields when it returns).
      onSubmit={form.handleSubmit(() => {
        const data = new FormData(formRef.current ?? undefined);
        startTransition(() => action(data));
      })}
      className="space-y-10"
    >
      {allErrors.length > 0 ? <ErrorSummary errors={allErrors} /> : null}
      {eventId ? <input type="hidden" name="id" value={eventId} /> : null}
      <TheEvent {...parts} isNew={!eventId} initialPrograms={programs} createProgram={actions.createProgram} onFormatChange={onFormatChange} />
      <WhenAndWhere {...parts} initialVenues={venues} createVenue={actions.createVenue} timeZones={timeZones} timeZone={timeZone} startsLocal={startsLocal} />
      <AudienceAndRules {...parts} attribution={attribution} touched={() => setTouchedByHand(true)} />
      <Cohosts error={error} initialOrganizations={organizations} createOrganization={actions.createOrganization} initialCohosts={Array.isArray(initial.cohostIds) ? (initial.cohostIds as string[]) : []} />
      <AboutText {...parts} />

      <div className="sticky bottom-0 -mx-4 flex items-center gap-3 border-t border-line bg-paper/95 px-4 py-3 backdrop-blur sm:-mx-8 sm:px-8">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Saving…" : eventId ? "Save changes" : "Create event"}
        </Button>
        <p className="text-sm text-muted">Clashes with other events are shown after saving; they do not stop you.</p>
      </div>
    </form>
  );
}

type EventFormHandle = UseFormReturn<EventFormInput, unknown, EventFormValues>;

/** Each field starts with its value from `initial`, in the server's HTML too. */
function registrars(form: EventFormHandle, initial: Partial<EventFormInput>) {
  return {
    register: (name: TextField, options?: RegisterOptions<EventFormInput, TextField>) => ({ ...form.register(name, options), defaultValue: String(initial[name] ?? "") }),
    registerCheck: (name: CheckField) => ({ ...form.register(name), defaultChecked: Boolean(initial[name]) }),
  };
}

/** The summary above the form: the browser's findings first, then the server's, each linking to its field. */
function errorList(errors: FieldErrors<EventFormInput>, server: { formError?: string; fieldErrors?: Record<string, string> } | null) {
  const list = Object.entries(errors).map(([name, e]) => ({ href: `#event-${name}`, message: String(e?.message ?? "") }));
  for (const [name, message] of Object.entries(server?.fieldErrors ?? {})) if (!list.some((l) => l.href === `#event-${name}`)) list.push({ href: `#event-${name.split(".")[0]}`, message });
  if (server?.formError) list.unshift({ href: "#event-title", message: server.formError });
  return list;
}

/** What every part of the form gets: its fields, their errors, and a way to set one. */
type Part = ReturnType<typeof registrars> & {
  error: (name: keyof EventFormInput) => string | undefined;
  setValue: UseFormSetValue<EventFormInput>;
};

function TheEvent({ register, error, setValue, isNew, initialPrograms, createProgram, onFormatChange }: Part & { isNew: boolean; initialPrograms: Option[]; createProgram: QuickCreateAction; onFormatChange: (format: EventFormat) => void }) {
  const [programs, setPrograms] = useState(initialPrograms);
  return (
    <fieldset className="grid gap-5 lg:grid-cols-2">
      <legend className="mb-4 text-lg font-semibold text-ink">The event</legend>
      <Field label="Title" htmlFor="event-title" error={error("title")} required className="lg:col-span-2">
        {(c) => <Input {...c} {...register("title")} />}
      </Field>
      <Field label="Subtitle" htmlFor="event-subtitle" error={error("subtitle")} optional className="lg:col-span-2">
        {(c) => <Input {...c} {...register("subtitle")} />}
      </Field>
      <Field label="Format" htmlFor="event-format" error={error("format")} required hint={isNew ? "Choosing a format fills in the usual settings below." : undefined}>
        {(c) => (
          <Select {...c} {...register("format", { onChange: (e) => onFormatChange(e.target.value as EventFormat) })}>
            <Options of={EVENT_FORMATS} label={formatLabel} />
          </Select>
        )}
      </Field>
      <Field label="Status" htmlFor="event-status" error={error("status")} required hint="Drafts are seen by staff only.">
        {(c) => (
          <Select {...c} {...register("status")}>
            <option value="draft">Draft</option>
            <option value="scheduled">Scheduled</option>
          </Select>
        )}
      </Field>
      <Field label="Programme area" htmlFor="event-programId" error={error("programId")} optional>
        {(c) => (
          <Select {...c} {...register("programId")}>
            <option value="">None</option>
            <Options of={programs} value={(p) => p.id} label={(p) => p.name} />
          </Select>
        )}
      </Field>
      <div className="-mt-3 lg:col-start-1">
        <QuickCreateProgram
          action={createProgram}
          onCreated={(p) => {
            setPrograms((list) => [...list, p].sort((a, b) => a.name.localeCompare(b.name)));
            setTimeout(() => setValue("programId", p.id));
          }}
        />
      </div>
      <Field label="Address of the public page" htmlFor="event-slug" error={error("slug")} optional hint="Leave empty to make one from the title.">
        {(c) => <Input {...c} {...register("slug")} placeholder="made from the title" />}
      </Field>
    </fieldset>

  );
}

function WhenAndWhere({
  register,
  error,
  setValue,
  initialVenues,
  createVenue,
  timeZones,
  timeZone,
  startsLocal,
}: Part & { initialVenues: VenueOption[]; createVenue: QuickCreateAction; timeZones: string[]; timeZone: string; startsLocal: string }) {
  const [venues, setVenues] = useState(initialVenues);
  // The zone beside the times, its abbreviation as it stands on the day (EST or EDT).
  const [now] = useState(() => new Date());
  const timesIn = timesInCaption(timeZone, localInputInstant(startsLocal, timeZone) ?? now);
  function onVenueChange(venueId: string) {
    const venue = venues.find((v) => v.id === venueId);
    if (venue) setValue("timeZone", venue.timeZone, { shouldValidate: true });
  }
  return (
    <fieldset className="grid gap-5 lg:grid-cols-3">
      <legend className="mb-1 text-lg font-semibold text-ink">When and where</legend>
      <p className="text-sm text-muted lg:col-span-3">Times are in the event’s own time zone, whatever zone you are in.</p>
      <Field label="Venue" htmlFor="event-venueId" error={error("venueId")} optional hint="Choosing a venue sets its time zone.">
        {(c) => (
          <Select {...c} {...register("venueId", { onChange: (e) => onVenueChange(e.target.value) })}>
            <option value="">No venue (online or to be decided)</option>
            {venues.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}, {v.city}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Time zone" htmlFor="event-timeZone" error={error("timeZone")} required>
        {(c) => (
          <Select {...c} {...register("timeZone")}>
            {timeZones.map((z) => (
              <option key={z} value={z}>
                {z.replace(/_/g, " ")}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Livestream address" htmlFor="event-livestreamUrl" error={error("livestreamUrl")} optional>
        {(c) => <Input {...c} {...register("livestreamUrl")} type="url" placeholder="https://" />}
      </Field>
      <div className="-mt-3 lg:col-span-3">
        <QuickCreateVenue
          action={createVenue}
          timeZones={timeZones}
          defaultZone={timeZone || "America/New_York"}
          onCreated={(v) => {
            setVenues((list) => [...list, v]);
            // Select it once the new option is in the list.
            setTimeout(() => {
              setValue("venueId", v.id);
              setValue("timeZone", v.timeZone, { shouldValidate: true });
            });
          }}
        />
      </div>
      <Field label="Starts" htmlFor="event-startsLocal" error={error("startsLocal")} required hint={timesIn}>
        {(c) => <Input {...c} {...register("startsLocal")} type="datetime-local" />}
      </Field>
      <Field label="Ends" htmlFor="event-endsLocal" error={error("endsLocal")} required hint={timesIn}>
        {(c) => <Input {...c} {...register("endsLocal")} type="datetime-local" />}
      </Field>
      <Field label="Reply by" htmlFor="event-rsvpDeadlineLocal" error={error("rsvpDeadlineLocal")} optional hint={`${timesIn}. Guests can change their answer until then.`}>
        {(c) => <Input {...c} {...register("rsvpDeadlineLocal")} type="datetime-local" />}
      </Field>
    </fieldset>

  );
}

function AudienceAndRules({ register, registerCheck, error, attribution, touched }: Part & { attribution: string; touched: () => void }) {
  return (
    <fieldset className="grid gap-5 lg:grid-cols-2">
      <legend className="mb-4 text-lg font-semibold text-ink">Audience and rules</legend>
      <Field label="Who can see it" htmlFor="event-visibility" error={error("visibility")} required>
        {(c) => (
          <Select {...c} {...register("visibility")} onInput={touched}>
            {(Object.keys(VISIBILITY_LABELS) as (keyof typeof VISIBILITY_LABELS)[]).map((v) => (
              <option key={v} value={v}>
                {VISIBILITY_LABELS[v]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Attribution" htmlFor="event-attribution" error={error("attribution")} required hint={ATTRIBUTIONS.includes(attribution as never) ? attributionExplanation(attribution as (typeof ATTRIBUTIONS)[number]) : undefined}>
        {(c) => (
          <Select {...c} {...register("attribution")} onInput={touched}>
            {ATTRIBUTIONS.map((a) => (
              <option key={a} value={a}>
                {attributionLabel(a)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Capacity" htmlFor="event-capacity" error={error("capacity")} optional hint="Guests plus their plus-ones. Leave empty for no limit.">
        {(c) => <Input {...c} {...register("capacity")} type="number" inputMode="numeric" min={1} step={1} />}
      </Field>
      <Field label="Reminder, hours before" htmlFor="event-reminderHoursBefore" error={error("reminderHoursBefore")} hint="Accepted guests get a reminder; 0 sends none.">
        {(c) => <Input {...c} {...register("reminderHoursBefore")} type="number" inputMode="numeric" min={0} step={1} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2 lg:col-span-2">
        <Checkbox label="Waitlist when full" {...registerCheck("waitlistEnabled")} />
        <Checkbox label="Guests may bring a plus-one" {...registerCheck("plusOnesAllowed")} onInput={touched} />
        <Checkbox label="Ask about dietary needs" {...registerCheck("askDietary")} onInput={touched} />
        <Checkbox label="Ask about accessibility needs" {...registerCheck("askAccessibility")} />
        <Checkbox label="Name the speakers in invitations and on the public page" description="Under the Chatham House rule, only if speakers agreed." {...registerCheck("announceSpeakers")} />
      </div>
      <Field label="Contact for guests" htmlFor="event-contactEmail" error={error("contactEmail")} optional hint="Shown to guests after the reply deadline.">
        {(c) => <Input {...c} {...register("contactEmail")} type="email" />}
      </Field>
    </fieldset>

  );
}

function Cohosts({ error, initialOrganizations, createOrganization, initialCohosts }: { error: Part["error"]; initialOrganizations: Option[]; createOrganization: QuickCreateAction; initialCohosts: string[] }) {
  const [organizations, setOrganizations] = useState(initialOrganizations);
  const [cohosts, setCohosts] = useState<string[]>(initialCohosts);
  const move = (index: number, by: number) =>
    setCohosts((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item);
      return next;
    });
  return (
    <fieldset>
      <legend className="mb-1 text-lg font-semibold text-ink">Co-hosts</legend>
      <p id="cohosts-hint" className="mb-3 text-sm text-muted">In the order the institute names them: “…, together with A and B, cohosted…”.</p>
      {cohosts.length > 0 ? (
        <ol className="mb-3 divide-y divide-line rounded-md border border-line" aria-label="Co-hosts in order">
          {cohosts.map((id, index) => {
            const name = organizations.find((o) => o.id === id)?.name ?? "Unknown organization";
            return (
              <li key={id} className="flex items-center gap-2 px-3 py-2">
                <input type="hidden" name="cohostIds" value={id} />
                <span className="w-6 text-sm tabular-nums text-muted">{index + 1}.</span>
                <span className="flex-1 text-sm text-ink">{name}</span>
                <Button type="button" size="icon-sm" variant="ghost" aria-label={`Move ${name} up`} disabled={index === 0} onClick={() => move(index, -1)}>
                  <ArrowUp aria-hidden="true" className="size-4" />
                </Button>
                <Button type="button" size="icon-sm" variant="ghost" aria-label={`Move ${name} down`} disabled={index === cohosts.length - 1} onClick={() => move(index, 1)}>
                  <ArrowDown aria-hidden="true" className="size-4" />
                </Button>
                <Button type="button" size="icon-sm" variant="ghost" aria-label={`Remove ${name}`} onClick={() => setCohosts((l) => l.filter((x) => x !== id))}>
                  <X aria-hidden="true" className="size-4" />
                </Button>
              </li>
            );
          })}
        </ol>
      ) : null}
      <div className="flex max-w-xl gap-2">
        <label htmlFor="add-cohost" className="sr-only">
          Add a co-host
        </label>
        <Select
          id="add-cohost"
          // Without JavaScript, the organization chosen here is added when the form is saved.
          name="cohostIds"
          aria-describedby="cohosts-hint"
          value=""
          onChange={(e) => {
            const id = e.target.value;
            if (id && !cohosts.includes(id)) setCohosts((l) => [...l, id]);
          }}
        >
          <option value="">Add a co-host…</option>
          {organizations
            .filter((o) => !cohosts.includes(o.id))
            .map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
        </Select>
      </div>
      <div className="mt-2">
        <QuickCreateOrganization
          action={createOrganization}
          onCreated={(o) => {
            setOrganizations((list) => [...list, o].sort((a, b) => a.name.localeCompare(b.name)));
            setCohosts((list) => [...list, o.id]);
          }}
        />
      </div>
      {error("cohostIds") ? <p className="mt-2 text-sm text-danger">{error("cohostIds")}</p> : null}
    </fieldset>

  );
}

function AboutText({ register, error }: Part) {
  return (
    <fieldset className="grid gap-5">
      <legend className="mb-4 text-lg font-semibold text-ink">About</legend>
      <Field label="Summary" htmlFor="event-summary" error={error("summary")} optional hint="One or two sentences for lists and invitations.">
        {(c) => <Textarea {...c} {...register("summary")} rows={3} />}
      </Field>
      <Field label="Description" htmlFor="event-description" error={error("description")} optional>
        {(c) => <Textarea {...c} {...register("description")} rows={8} />}
      </Field>
    </fieldset>

  );
}
