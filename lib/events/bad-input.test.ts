import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { auditLog, eventCohosts, events } from "@/db/schema";
import { formOf, nastyString, refusedOrDone, rowCounts, runs } from "@/lib/test/bad-input";
import { useTestDatabase } from "@/lib/test/db";
import { ATTRIBUTIONS } from "./attribution";
import { EVENT_FORMATS } from "./format";
import { cancelEvent, createEvent, deleteDraftEvent, duplicateEvent, updateEvent } from "./mutations";
import { agendaItemSchema } from "./programme-schema";
import { eventFormSchema, VISIBILITIES, type EventFormValues } from "./schema";
import { toZonedInput } from "./time";

const actor = { kind: "system" as const, label: "bad-input test" };
const tables = { events, eventCohosts, auditLog };

const localTime = fc
  .tuple(fc.integer({ min: 2026, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 8, max: 20 }))
  .map(([y, m, d, h]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}T${String(h).padStart(2, "0")}:00`);

const eventForm = formOf({
  title: fc.constantFrom("Human Rights and the 2030 Agenda", "MIKTA and the Future of UN Peacekeeping"),
  format: fc.constantFrom(...EVENT_FORMATS),
  status: fc.constantFrom("draft", "scheduled"),
  visibility: fc.constantFrom(...VISIBILITIES),
  attribution: fc.constantFrom(...ATTRIBUTIONS),
  timeZone: fc.constantFrom("America/New_York", "Asia/Bahrain", "Europe/Vienna"),
  startsLocal: localTime,
  endsLocal: fc.constant("2031-01-01T10:00"),
  capacity: fc.constantFrom("", "40", "120"),
  summary: fc.string({ maxLength: 80 }),
  livestreamUrl: fc.constantFrom("", "https://example.org/live"),
  // Ids chosen from lists that may have changed since (or were made up).
  venueId: fc.constantFrom("", "00000000-0000-4000-8000-000000000001"),
  programId: fc.constantFrom("", "00000000-0000-4000-8000-000000000002"),
  cohostIds: fc.constantFrom("", "00000000-0000-4000-8000-000000000003"),
});

describe("events: bad input", () => {
  const t = useTestDatabase();

  it("the event form: any input is a field error or an event saved as typed, never an unexpected error", async () => {
    await fc.assert(
      fc.asyncProperty(eventForm, async (form) => {
        const before = await rowCounts(t.db, tables);
        const parsed = eventFormSchema.safeParse(form);
        if (!parsed.success) return;
        let saved: Awaited<ReturnType<typeof createEvent>> | undefined;
        const outcome = await refusedOrDone(async () => {
          saved = await createEvent(t.db, actor, parsed.data);
        });
        if (outcome !== "done") {
          expect(await rowCounts(t.db, tables)).toEqual(before);
          return;
        }
        // What was accepted is what was meant: the wall-clock times read back as typed.
        expect(toZonedInput(saved!.event.startsAt, parsed.data.timeZone)).toBe(parsed.data.startsLocal);
        expect(toZonedInput(saved!.event.endsAt, parsed.data.timeZone)).toBe(parsed.data.endsLocal);
      }),
      runs(60),
    );
  });

  it("a venue, program or co-host no longer in the directory is refused next to its field", async () => {
    const base = eventFormSchema.parse({ title: "A roundtable", format: "roundtable", status: "draft", visibility: "public", attribution: "on_record", timeZone: "America/New_York", startsLocal: "2026-12-01T10:00", endsLocal: "2026-12-01T12:00" });
    const missing = "00000000-0000-4000-8000-00000000dead";
    const cases: [string, EventFormValues][] = [
      ["venueId", { ...base, venueId: missing }],
      ["programId", { ...base, programId: missing }],
      ["cohostIds", { ...base, cohostIds: [missing] }],
    ];
    for (const [field, values] of cases) {
      const before = await rowCounts(t.db, tables);
      const outcome = await refusedOrDone(() => createEvent(t.db, actor, values));
      expect(outcome, field).not.toBe("done");
      if (outcome !== "done") expect(outcome.field).toBe(field);
      expect(await rowCounts(t.db, tables)).toEqual(before);
    }
    const { event } = await createEvent(t.db, actor, base);
    const outcome = await refusedOrDone(() => updateEvent(t.db, actor, event.id, { ...base, venueId: missing }));
    expect(outcome).not.toBe("done");
  });

  it("dates that do not exist are refused next to the field", () => {
    const base = { title: "A roundtable", format: "roundtable", status: "draft", visibility: "public", attribution: "on_record", timeZone: "America/New_York" };
    for (const startsLocal of ["2026-02-30T10:00", "2026-13-01T10:00", "2026-12-01T24:30", "2026-12-01T10:61", "0000-01-01T10:00", "9999-99-99T99:99"]) {
      const parsed = eventFormSchema.safeParse({ ...base, startsLocal, endsLocal: "2031-01-01T10:00" });
      expect(parsed.success, startsLocal).toBe(false);
      expect(parsed.error?.issues.map((i) => i.path[0])).toContain("startsLocal");
    }
  });

  it("an event's id from a form: another event's, a random one, or not an id, is refused in words and changes nothing", async () => {
    const form = eventFormSchema.parse({ title: "A roundtable", format: "roundtable", status: "draft", visibility: "public", attribution: "on_record", timeZone: "America/New_York", startsLocal: "2026-12-01T10:00", endsLocal: "2026-12-01T12:00" });
    const { event } = await createEvent(t.db, actor, form);
    const id = fc.oneof(fc.constant(event.id), fc.uuid(), nastyString);
    const mutation = fc.constantFrom("update", "duplicate", "cancel", "delete");
    await fc.assert(
      fc.asyncProperty(id, mutation, async (eventId, which) => {
        if (eventId === event.id) return;
        // Ids reach the mutations through the actions' z.uuid(): anything else is a field error there.
        if (!z.uuid().safeParse(eventId).success) return;
        const before = await rowCounts(t.db, tables);
        const outcome = await refusedOrDone(() => {
          switch (which) {
            case "update":
              return updateEvent(t.db, actor, eventId, form);
            case "duplicate":
              return duplicateEvent(t.db, actor, eventId);
            case "cancel":
              return cancelEvent(t.db, actor, eventId, null);
            case "delete":
              return deleteDraftEvent(t.db, actor, eventId);
          }
        });
        expect(outcome, `${which} ${JSON.stringify(eventId)}`).not.toBe("done");
        expect(await rowCounts(t.db, tables)).toEqual(before);
      }),
      runs(40),
    );
  });
});

describe("the programme: bad input", () => {
  it("agenda times that are no time of day are refused next to the field", () => {
    for (const startTime of ["24:00", "25:99", "12:60", "9:00", "12:00\u0000"]) {
      const parsed = agendaItemSchema.safeParse({ eventId: "00000000-0000-4000-8000-000000000001", startTime, title: "Opening remarks", attribution: "inherit" });
      expect(parsed.success, startTime).toBe(false);
    }
    expect(agendaItemSchema.safeParse({ eventId: "00000000-0000-4000-8000-000000000001", startTime: "23:59", title: "Closing remarks", attribution: "inherit" }).success).toBe(true);
  });
});
