"use client";

import { useEffect, useRef, useState } from "react";
import { Button, ErrorSummary, Field, Input, Options, Select, Textarea } from "@/components/ui";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { timeZoneLabel } from "@/lib/events/time-zones";
import { RECAP_IMAGE_TYPES } from "@/lib/recaps/image-limits";
import type { RecapPhrasing } from "@/lib/settings/institute";
import { MAX_LOGO_BYTES, RECAP_PHRASING_FIELDS } from "@/lib/settings/schema";
import { RecapPreview } from "./recap-preview";

export type SettingsValues = RecapPhrasing & {
  name: string;
  shortName: string;
  postalAddress: string;
  senderName: string;
  senderEmail: string;
  replyTo: string;
  timeZone: string;
  reminderHoursBefore: string;
  emailRetentionDays: string;
};

const TYPES: readonly string[] = RECAP_IMAGE_TYPES;

/** Said before uploading, from what the browser knows; the server decides from the bytes. */
function precheck(file: File | undefined): string | null {
  if (!file) return null;
  if (file.size > MAX_LOGO_BYTES) return `${file.name} is ${(Math.ceil((file.size / (1024 * 1024)) * 10) / 10).toFixed(1)} MB; a logo can be at most 1 MB. Export it smaller and try again.`;
  if (file.type && !TYPES.includes(file.type)) return `${file.name} is not a JPEG, PNG or WebP image.`;
  return null;
}

const PHRASE_LABELS: Record<keyof RecapPhrasing, { label: string; hint: string }> = {
  hosted: { label: "Opening sentence, hosted", hint: "Placeholders: {date}, {name}, {shortName}, {event}." },
  cohosted: { label: "Opening sentence, cohosted", hint: "Placeholders: {date}, {name}, {shortName}, {cohosts}, {event}." },
  discussionPlaceholder: { label: "Where the discussion goes", hint: "The bracketed reminder a writer replaces." },
  chathamHouseNote: { label: "Chatham House note", hint: "Follows the opening sentence of a Chatham House recap." },
  chathamHousePlaceholder: { label: "Chatham House placeholder", hint: "Reminds the writer to name nobody." },
  offRecordHeading: { label: "Off-the-record heading", hint: "Set in bold at the top of an internal summary." },
  offRecordNote: { label: "Off-the-record note", hint: "Placeholders: {name}, {shortName}." },
  offRecordPlaceholder: { label: "Off-the-record placeholder", hint: "Where the internal summary goes." },
};

const PREVIEWED = [...RECAP_PHRASING_FIELDS, "name", "shortName"] as const;

const FIELD_ORDER = ["name", "shortName", "logo", "postalAddress", "senderName", "senderEmail", "replyTo", "emailRetentionDays", "timeZone", "reminderHoursBefore", ...RECAP_PHRASING_FIELDS];

function Section({ id, title, description, children }: { id: string; title: string; description: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="grid gap-4 border-t border-line pt-6 lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-8">
      <div>
        <h2 id={id} className="text-base font-semibold text-ink">
          {title}
        </h2>
        <p className="mt-1 text-sm text-muted">{description}</p>
      </div>
      <div className="min-w-0 space-y-4">{children}</div>
    </section>
  );
}

/** The institute's settings: one form, saved at once, also without JavaScript. */
export function SettingsForm({ action, values, timeZones, logo }: { action: FormAction; values: SettingsValues; timeZones: string[]; logo: string | null }) {
  const form = useRef<HTMLFormElement>(null);
  const [tooBig, setTooBig] = useState<string | null>(null);
  const save = useFormAction(action, () => {
    const file = form.current?.elements.namedItem("logo");
    if (file instanceof HTMLInputElement) file.value = "";
  });
  const e: Record<string, string> = { ...(save.failure?.fieldErrors ?? {}) };
  if (tooBig) e.logo = tooBig;
  const sent = save.failure?.values;
  const v = (key: keyof SettingsValues) => sent?.[key] ?? values[key];
  const [typed, setTyped] = useState<Record<string, string>>(() => Object.fromEntries(PREVIEWED.map((k) => [k, v(k)])));
  // The preview follows the words as they are typed (without JavaScript it shows the saved ones).
  const onInput = () => {
    if (!form.current) return;
    const data = new FormData(form.current);
    setTyped(Object.fromEntries(PREVIEWED.map((k) => [k, String(data.get(k) ?? "")])));
  };
  // Saved values come back from the server: the fields start again from them.
  const version = JSON.stringify(values) + (logo ?? "");
  // A refusal is summarised at the top: focus goes there, so the person at the Save button sees it.
  const summaryBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (save.failure?.fieldErrors) summaryBox.current?.querySelector<HTMLElement>("[role=alert]")?.focus();
  }, [save.failure]);
  const summary = save.failure?.fieldErrors
    ? FIELD_ORDER.filter((k) => e[k]).map((k) => ({ href: `#settings-${k}`, message: e[k] }))
    : [];

  return (
    <form ref={form} key={version} action={save.run} noValidate onInput={onInput} className="max-w-5xl space-y-8">
      <div ref={summaryBox}>
        <ErrorSummary errors={summary} />
      </div>
      <Section id="settings-institute" title="The institute" description="Its name heads every public page, email and share image; the address closes every email.">
        <div className="grid gap-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
          <Field label="Name" htmlFor="settings-name" required error={e.name}>
            {(c) => <Input {...c} name="name" defaultValue={v("name")} autoComplete="organization" />}
          </Field>
          <Field label="Short name" htmlFor="settings-shortName" required error={e.shortName} hint="As recaps say it: “IPI”.">
            {(c) => <Input {...c} name="shortName" defaultValue={v("shortName")} />}
          </Field>
        </div>
        <div className="grid gap-4 sm:grid-cols-[10rem_minmax(0,1fr)] sm:items-start">
          <div className="flex h-24 items-center justify-center rounded-sm border border-line bg-surface p-3">
            {logo ? (
              // eslint-disable-next-line @next/next/no-img-element
              <img src={logo} alt="The institute’s logo now" className="max-h-16 max-w-full object-contain" />
            ) : (
              <p className="text-center text-xs text-muted">No logo: the name is set in type.</p>
            )}
          </div>
          <div className="space-y-2">
            <Field label={logo ? "Replace the logo" : "Logo"} htmlFor="settings-logo" optional error={e.logo} hint="PNG, JPEG or WebP, up to 1 MB; a wide logo on a transparent or white background reads best.">
              {(c) => <Input {...c} name="logo" type="file" accept="image/png,image/jpeg,image/webp" className="h-auto py-1.5" onChange={(ev) => setTooBig(precheck(ev.currentTarget.files?.[0]))} />}
            </Field>
            {logo ? (
              <label className="flex items-center gap-2 text-sm text-ink">
                <input type="checkbox" name="removeLogo" className="size-4 accent-ink" /> Remove the logo
              </label>
            ) : null}
          </div>
        </div>
        <Field label="Postal address" htmlFor="settings-postalAddress" required error={e.postalAddress} hint="One line, as the footer of every email and public page shows it.">
          {(c) => <Input {...c} name="postalAddress" defaultValue={v("postalAddress")} autoComplete="street-address" />}
        </Field>
      </Section>

      <Section id="settings-email" title="Email" description="Who emails come from and where answers go. The sender address must be one your email provider may send from.">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Sender name" htmlFor="settings-senderName" required error={e.senderName}>
            {(c) => <Input {...c} name="senderName" defaultValue={v("senderName")} />}
          </Field>
          <Field label="Sender address" htmlFor="settings-senderEmail" required error={e.senderEmail}>
            {(c) => <Input {...c} name="senderEmail" type="email" defaultValue={v("senderEmail")} autoComplete="email" />}
          </Field>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Reply-to address" htmlFor="settings-replyTo" optional error={e.replyTo} hint="Where a guest’s reply goes; without one, to the sender.">
            {(c) => <Input {...c} name="replyTo" type="email" defaultValue={v("replyTo")} />}
          </Field>
          <Field label="Keep sent emails, days" htmlFor="settings-emailRetentionDays" required error={e.emailRetentionDays} hint="After this, a sent email keeps only who, when and which kind.">
            {(c) => <Input {...c} name="emailRetentionDays" type="number" inputMode="numeric" min={1} max={3650} step={1} defaultValue={v("emailRetentionDays")} />}
          </Field>
        </div>
      </Section>

      <Section id="settings-events" title="New events" description="Where a new event starts before it has a venue, and when its guests are reminded. Events already planned keep theirs.">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Time zone" htmlFor="settings-timeZone" required error={e.timeZone}>
            {(c) => (
              <Select {...c} name="timeZone" defaultValue={v("timeZone")}>
                <Options of={timeZones} label={timeZoneLabel} />
              </Select>
            )}
          </Field>
          <Field label="Reminder, hours before" htmlFor="settings-reminderHoursBefore" required error={e.reminderHoursBefore} hint="Accepted guests get a reminder; 0 sends none.">
            {(c) => <Input {...c} name="reminderHoursBefore" type="number" inputMode="numeric" min={0} max={720} step={1} defaultValue={v("reminderHoursBefore")} />}
          </Field>
        </div>
      </Section>

      <Section id="settings-recaps" title="Recap house style" description="The words of a recap’s first draft. The preview is what “Draft from the event” writes with them.">
        <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
          <div className="space-y-4">
            {RECAP_PHRASING_FIELDS.map((k) => (
              <Field key={k} label={PHRASE_LABELS[k].label} htmlFor={`settings-${k}`} required error={e[k]} hint={PHRASE_LABELS[k].hint}>
                {(c) => <Textarea {...c} name={k} rows={k === "offRecordHeading" ? 1 : 3} defaultValue={v(k)} />}
              </Field>
            ))}
          </div>
          <RecapPreview words={typed} />
        </div>
      </Section>

      <div className="flex flex-wrap items-center gap-3 border-t border-line pt-6">
        <Button type="submit" disabled={save.pending || tooBig !== null}>
          {save.pending ? "Saving…" : "Save settings"}
        </Button>
        {save.failure?.formError ? <p className="text-sm text-danger">{save.failure.formError}</p> : null}
      </div>
    </form>
  );
}
