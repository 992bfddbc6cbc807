"use client";

import { Field, Input, Options, Select } from "@/components/ui";
import type { VenueField } from "@/lib/reference-data/schema";
import { timeZoneLabel } from "@/lib/events/time-zones";
import { ReferenceDataForm } from "./reference-data-form";
import { useReferenceDataForm, type ReferenceDataFormAction } from "./use-reference-data-form";

const ORDER: VenueField[] = ["name", "address", "city", "country", "timeZone", "capacity"];

export type VenueFormValues = Partial<Record<VenueField, string | number | null>>;

/** Adding (no `venueId`) or editing a venue; both stay on the page and say so. */
export function VenueForm({
  action,
  timeZones,
  venueId,
  venue,
}: {
  action: ReferenceDataFormAction;
  /** From the server, so the list the page renders and the one it hydrates match. */
  timeZones: readonly string[];
  venueId?: string;
  venue?: VenueFormValues;
}) {
  const f = useReferenceDataForm({ action, order: ORDER, prefix: venueId ? "venue" : "new-venue", initial: venue });
  return (
    <ReferenceDataForm form={f} recordId={venueId} addLabel="Add venue">
      <Field label="Name" htmlFor={f.id("name")} hint="As on the invitation, e.g. Trygve Lie Center." error={f.error("name")} required>
        {(c) => <Input {...c} name="name" autoComplete="off" defaultValue={f.value("name")} />}
      </Field>
      <Field label="Address" htmlFor={f.id("address")} hint="Street and floor; guests see it on the event page." error={f.error("address")} optional>
        {(c) => <Input {...c} name="address" autoComplete="off" defaultValue={f.value("address")} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="City" htmlFor={f.id("city")} error={f.error("city")} required>
          {(c) => <Input {...c} name="city" autoComplete="off" defaultValue={f.value("city")} />}
        </Field>
        <Field label="Country" htmlFor={f.id("country")} error={f.error("country")} optional>
          {(c) => <Input {...c} name="country" autoComplete="off" defaultValue={f.value("country")} />}
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Time zone" htmlFor={f.id("timeZone")} hint="Events here are shown in this zone." error={f.error("timeZone")} required>
          {(c) => (
            <Select {...c} name="timeZone" defaultValue={f.value("timeZone")}>
              <option value="">Choose a time zone</option>
              <Options of={timeZones} label={timeZoneLabel} />
            </Select>
          )}
        </Field>
        <Field label="Capacity" htmlFor={f.id("capacity")} hint="Seats, if known." error={f.error("capacity")} optional>
          {(c) => <Input {...c} name="capacity" inputMode="numeric" autoComplete="off" defaultValue={f.value("capacity")} />}
        </Field>
      </div>
    </ReferenceDataForm>
  );
}
