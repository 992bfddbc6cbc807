import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog, eventCohosts, events, eventSpeakers, organizations, people, venues } from "@/db/schema";
import type { Actor } from "@/lib/audit/record";
import { useTestDatabase } from "@/lib/test/db";
import { postedEventForm } from "@/lib/test/events";
import { cancelEvent, createEvent, deleteDraftEvent, duplicateEvent, updateEvent } from "./mutations";
import type { EventFormInput } from "./schema";
import { toZonedInput } from "./time";

const actor: Actor = { kind: "system", label: "test" };

const form = (over: Partial<Record<keyof EventFormInput, unknown>> = {}) =>
  postedEventForm({ title: "MIKTA and the Future of UN Peacekeeping", format: "seminar", timeZone: "Asia/Bahrain", startsLocal: "2026-12-07T18:00", endsLocal: "2026-12-07T20:00", ...over });

describe("planning events", () => {
  const t = useTestDatabase();

  it("stores 18:00 in Manama as 15:00 UTC and reads it back as 18:00", async () => {
    const { event } = await createEvent(t.db, actor, form());
    expect(event.startsAt.toISOString()).toBe("2026-12-07T15:00:00.000Z");
    expect(toZonedInput(event.startsAt, event.timeZone)).toBe("2026-12-07T18:00");
    expect(event.slug).toBe("mikta-and-the-future-of-un-peacekeeping");
  });

  it("gives a second event with the same title its own address, and refuses a taken one asked for", async () => {
    const { event } = await createEvent(t.db, actor, form());
    expect(event.slug).toBe("mikta-and-the-future-of-un-peacekeeping-2");
    await expect(createEvent(t.db, actor, form({ slug: "mikta-and-the-future-of-un-peacekeeping" }))).rejects.toThrow(/already uses this address/);
  });

  it("keeps co-hosts in order and records what changed", async () => {
    const [norway, ghana] = await t.db
      .insert(organizations)
      .values([{ name: "Norwegian Ministry of Foreign Affairs", kind: "government" }, { name: "Government of Ghana", kind: "government" }])
      .returning();
    const { event } = await createEvent(t.db, actor, form({ title: "Trygve Lie Symposium", cohostIds: [norway.id, ghana.id] }));
    await updateEvent(t.db, actor, event.id, form({ title: "Trygve Lie Symposium", cohostIds: [ghana.id, norway.id], capacity: "90" }));
    const hosts = await t.db.select().from(eventCohosts).where(eq(eventCohosts.eventId, event.id)).orderBy(eventCohosts.position);
    expect(hosts.map((h) => h.organizationId)).toEqual([ghana.id, norway.id]);
    const history = await t.db.select().from(auditLog).where(eq(auditLog.entityId, event.id)).orderBy(auditLog.id);
    expect(history.map((h) => h.action)).toEqual(["event.created", "event.updated"]);
    expect(history[1].before).toEqual({ capacity: null, cohostIds: [norway.id, ghana.id] });
    expect(history[1].after).toEqual({ capacity: 90, cohostIds: [ghana.id, norway.id] });
  });

  it("bumps the calendar sequence only when time or place change", async () => {
    const { event } = await createEvent(t.db, actor, form({ title: "Sequence test" }));
    const renamed = await updateEvent(t.db, actor, event.id, form({ title: "Sequence test", subtitle: "New subtitle" }));
    expect(renamed.event.calendarSequence).toBe(0);
    const moved = await updateEvent(t.db, actor, event.id, form({ title: "Sequence test", startsLocal: "2026-12-07T19:00", endsLocal: "2026-12-07T21:00" }));
    expect(moved.event.calendarSequence).toBe(1);
  });

  it("warns of, but saves, a clash at the same venue or with the same speaker", async () => {
    const [hall] = await t.db.insert(venues).values({ name: "Trygve Lie Center", city: "New York", timeZone: "America/New_York" }).returning();
    const base = { timeZone: "America/New_York", venueId: hall.id, startsLocal: "2026-12-10T13:00", endsLocal: "2026-12-10T15:00" };
    const first = await createEvent(t.db, actor, form({ ...base, title: "Forum one" }));
    const touching = await createEvent(t.db, actor, form({ ...base, title: "Forum two", startsLocal: "2026-12-10T15:00", endsLocal: "2026-12-10T16:00" }));
    expect(touching.conflicts).toEqual([]);
    const clash = await createEvent(t.db, actor, form({ ...base, title: "Forum three", startsLocal: "2026-12-10T14:00", endsLocal: "2026-12-10T15:30" }));
    expect(clash.conflicts.map((c) => c.eventTitle).sort()).toEqual(["Forum one", "Forum two"]);

    const [kiai] = await t.db.insert(people).values({ givenName: "Maina", familyName: "Kiai" }).returning();
    const elsewhere = await createEvent(t.db, actor, form({ ...base, venueId: "", title: "Elsewhere", startsLocal: "2026-12-10T13:30", endsLocal: "2026-12-10T14:00" }));
    await t.db.insert(eventSpeakers).values([
      { eventId: first.event.id, personId: kiai.id, role: "speaker" },
      { eventId: elsewhere.event.id, personId: kiai.id, role: "speaker" },
    ]);
    const again = await updateEvent(t.db, actor, elsewhere.event.id, form({ ...base, venueId: "", title: "Elsewhere", startsLocal: "2026-12-10T13:30", endsLocal: "2026-12-10T14:00" }));
    expect(again.conflicts).toEqual([expect.objectContaining({ kind: "speaker", eventTitle: "Forum one", personName: "Maina Kiai" })]);
  });

  it("duplicates as a draft with speakers, cancels, and deletes only drafts", async () => {
    const { event } = await createEvent(t.db, actor, form({ title: "Original" }));
    const copy = await duplicateEvent(t.db, actor, event.id);
    expect(copy).toMatchObject({ title: "Copy of Original", status: "draft" });
    await expect(deleteDraftEvent(t.db, actor, event.id)).rejects.toThrow(/Only drafts/);
    await deleteDraftEvent(t.db, actor, copy.id);
    expect(await t.db.select().from(events).where(eq(events.id, copy.id))).toEqual([]);
    const cancelled = await cancelEvent(t.db, actor, event.id, "Venue unavailable");
    expect(cancelled.status).toBe("cancelled");
    await expect(updateEvent(t.db, actor, event.id, form({ title: "Original" }))).rejects.toThrow(/cancelled event cannot be edited/);
  });
});
