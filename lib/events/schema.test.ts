import { describe, expect, it } from "vitest";
import { eventFormSchema } from "./schema";

const valid = {
  title: "Human Rights and the 2030 Agenda",
  slug: "",
  format: "symposium",
  status: "scheduled",
  visibility: "public",
  attribution: "on_record",
  timeZone: "America/New_York",
  startsLocal: "2026-12-09T13:15",
  endsLocal: "2026-12-09T14:45",
  rsvpDeadlineLocal: "2026-12-07T17:00",
  capacity: "120",
  cohostIds: "4b5e2c1a-0c1d-4c55-8a6e-1f2b3c4d5e6f",
  askAccessibility: "on",
};

function errors(input: Record<string, unknown>) {
  const r = eventFormSchema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("the event form", () => {
  it("accepts a complete event and reads form strings into values", () => {
    const v = eventFormSchema.parse(valid);
    expect(v.capacity).toBe(120);
    expect(v.slug).toBeNull();
    expect(v.cohostIds).toEqual(["4b5e2c1a-0c1d-4c55-8a6e-1f2b3c4d5e6f"]);
    expect(v.askAccessibility).toBe(true);
    expect(v.askDietary).toBe(false);
    expect(v.reminderHoursBefore).toBe(48);
  });

  it("requires the end after the start", () => {
    expect(errors({ ...valid, endsLocal: "2026-12-09T13:15" })).toMatchObject({ endsLocal: "The event must end after it starts" });
  });

  it("requires the reply deadline before the start", () => {
    expect(errors({ ...valid, rsvpDeadlineLocal: "2026-12-09T14:00" })).toMatchObject({
      rsvpDeadlineLocal: "The reply deadline must be before the event starts",
    });
  });

  it("requires a real IANA time zone", () => {
    expect(errors({ ...valid, timeZone: "Mars/Olympus" }).timeZone).toMatch(/time zone/);
    expect(errors({ ...valid, timeZone: "EST" }).timeZone).toMatch(/time zone/);
  });

  it("requires capacity to be a positive whole number", () => {
    expect(errors({ ...valid, capacity: "0" }).capacity).toBe("Capacity must be at least 1");
    expect(errors({ ...valid, capacity: "12.5" }).capacity).toBe("Enter a whole number of places");
    expect(errors({ ...valid, capacity: "many" }).capacity).toBeDefined();
    expect(eventFormSchema.parse({ ...valid, capacity: "" }).capacity).toBeNull();
  });

  it("checks the address of the event page", () => {
    expect(errors({ ...valid, slug: "Bad Slug!" }).slug).toMatch(/lower-case/);
    expect(eventFormSchema.parse({ ...valid, slug: "Trygve-Lie-2026" }).slug).toBe("trygve-lie-2026");
  });

  it("refuses a livestream that is not a web address", () => {
    expect(errors({ ...valid, livestreamUrl: "javascript:alert(1)" }).livestreamUrl).toMatch(/https/);
  });
});
