import { describe, expect, it } from "vitest";
import { describeAction, describeEntry, fieldLabel, formatFieldValue, formatMoment, type DescribableEntry } from "./describe";

// Ids of records the entries mention, and of the staff member who wrote them.
const [VENUE_A, VENUE_B, ORG, INVITATION, SPEAKER] = ["d9e76bd3-0000-4000-8000-000000000001", "bfc41c03-0000-4000-8000-000000000002", "5f0c2a11-0000-4000-8000-000000000003", "0a1b2c3d-0000-4000-8000-000000000004", "7e8f9a0b-0000-4000-8000-000000000005"];
const STAFF = "staff-user-id";

const entry = (over: Partial<DescribableEntry>): DescribableEntry => ({
  action: "event.updated",
  entityType: "event",
  entityId: "e7000000-0000-4000-8000-000000000000",
  actorId: STAFF,
  before: null,
  after: null,
  reason: null,
  names: {},
  ...over,
});

describe("history wording", () => {
  it("reads actions and fields in words", () => {
    expect(describeAction("event.cancelled")).toBe("cancelled the event");
    expect(describeAction("guest.checked_in")).toBe("guest checked in");
    expect(describeAction("recap.published")).toBe("published the recap");
    expect(describeAction("recap.sent_back")).toBe("sent the recap back to draft");
    expect(fieldLabel("rsvpDeadline")).toBe("the reply deadline");
    expect(fieldLabel("capacity")).toBe("the capacity");
  });

  it("shows a changed time on the event's own clock, with its zone, not as UTC", () => {
    const described = describeEntry(
      entry({ before: { startsAt: "2026-12-26T07:00:00.000Z" }, after: { startsAt: "2026-12-26T16:00:00.000Z" } }),
      "Europe/Vienna",
    );
    expect(described.summary).toBe("changed the start");
    expect(described.changes).toEqual([{ field: "startsAt", label: "the start", from: "Saturday 26 December 2026, 8 am CET", to: "Saturday 26 December 2026, 5 pm CET" }]);
    expect(JSON.stringify(described)).not.toMatch(/\d{4}-\d\d-\d\dT/);
  });

  it("reads times before and after a change of zone each on the clock the event then had", () => {
    const described = describeEntry(
      entry({ before: { timeZone: "Europe/Vienna", startsAt: "2026-12-26T07:00:00.000Z" }, after: { timeZone: "Asia/Bahrain", startsAt: "2026-12-26T07:00:00.000Z" } }),
      "Asia/Bahrain",
    );
    expect(described.changes.find((c) => c.field === "startsAt")).toMatchObject({ from: "Saturday 26 December 2026, 8 am CET", to: "Saturday 26 December 2026, 10 am GMT+3" });
  });

  it("names venues and co-hosts instead of showing their ids or a count", () => {
    const names = { [VENUE_A]: "IPI Europe, Vienna", [VENUE_B]: "Trygve Lie Center", [ORG]: "Government of Finland" };
    const described = describeEntry(entry({ before: { venueId: VENUE_A, cohostIds: [] }, after: { venueId: VENUE_B, cohostIds: [ORG] }, names }), "Europe/Vienna");
    expect(described.summary).toBe("changed the venue and the co-hosts");
    expect(described.changes.map((c) => `${c.label}: ${c.from} → ${c.to}`)).toEqual([
      "the venue: IPI Europe, Vienna → Trygve Lie Center",
      "the co-hosts: none → Government of Finland",
    ]);
  });

  it("says a venue or co-host was since deleted when its name can no longer be found", () => {
    const described = describeEntry(entry({ before: { venueId: VENUE_A, cohostIds: [ORG] }, after: { venueId: null, cohostIds: [] } }), "UTC");
    expect(described.changes.map((c) => c.from)).toEqual(["a venue since deleted", "an organization since deleted"]);
    expect(described.changes.map((c) => c.to)).toEqual(["none", "none"]);
  });

  it("names the speaker added and the role", () => {
    const added = entry({ action: "speaker.added", entityType: "event_speaker", entityId: SPEAKER, after: { person: "Dr. Amina Haddad, Director, Gulf Research Center", role: "moderator", remarksTitle: null } });
    expect(describeEntry({ ...added, names: { [SPEAKER]: "Dr. Amina Haddad" } }, "UTC").summary).toBe("added Dr. Amina Haddad to the programme as moderator");
    // Written before names were stored, and the speaker since removed: the entry's own words still name them.
    expect(describeEntry(added, "UTC").summary).toBe("added Dr. Amina Haddad, Director, Gulf Research Center to the programme as moderator");
    expect(describeEntry({ ...added, after: { person: "Ms. Lea Berg", role: "opening_remarks" } }, "UTC").summary).toBe("added Ms. Lea Berg to the programme to give opening remarks");
  });

  it("says what changed in an agenda item", () => {
    const changed = (before: Record<string, unknown>, after: Record<string, unknown>) =>
      describeEntry(entry({ action: "agenda.changed", entityType: "agenda_item", before: { startTime: "10:00", endTime: null, attribution: null, ...before }, after: { startTime: "10:00", endTime: null, attribution: null, ...after } }), "UTC").summary;
    expect(changed({ title: "Opening" }, { title: "Opening remarks" })).toBe("changed the agenda item “Opening remarks” (renamed from “Opening”)");
    expect(changed({ title: "Discussion", endTime: "11:00" }, { title: "Discussion", startTime: "10:15", endTime: "11:30" })).toBe("changed the agenda item “Discussion” (now 10:15–11:30)");
    expect(changed({ title: "Discussion" }, { title: "Discussion", attribution: "chatham_house" })).toBe("changed the agenda item “Discussion” (details changed)");
  });

  it("names the guest whose answer staff recorded, and the answer", () => {
    const recorded = entry({ action: "invitation.accepted", entityType: "invitation", entityId: INVITATION, before: { status: "invited" }, after: { status: "accepted", plusOneName: null }, reason: "Phoned the events desk", names: { [INVITATION]: "H.E. Ms. Helen Clark" } });
    expect(describeEntry(recorded, "UTC").summary).toBe("recorded an answer for H.E. Ms. Helen Clark: accepted");
    expect(describeEntry({ ...recorded, action: "invitation.declined" }, "UTC").summary).toBe("recorded an answer for H.E. Ms. Helen Clark: declined");
    expect(describeEntry({ ...recorded, names: {} }, "UTC").summary).toBe("recorded an answer for a guest since taken off the list: accepted");
    // The guest answering for themselves is the actor; the words say what they did.
    expect(describeEntry({ ...recorded, actorId: null, reason: null }, "UTC").summary).toBe("accepted the invitation");
  });

  it("names the guest in check-ins, resends and the waitlist", () => {
    const names = { [INVITATION]: "Mr. Jake Sherman" };
    const base = { entityType: "invitation", entityId: INVITATION, names };
    expect(describeEntry(entry({ ...base, action: "invitation.checked_in" }), "UTC").summary).toBe("checked in Mr. Jake Sherman");
    const admitted = entry({ ...base, action: "invitation.admitted_anyway", before: { status: "declined" }, reason: "Guest of the Director" });
    expect(describeEntry(admitted, "UTC").summary).toBe("admitted Mr. Jake Sherman at the door, though they had declined");
    expect(describeEntry({ ...admitted, before: { status: "cancelled" } }, "UTC").summary).toBe("admitted Mr. Jake Sherman at the door, though their invitation had been withdrawn");
    expect(describeEntry({ ...admitted, before: null }, "UTC").summary).toBe("admitted Mr. Jake Sherman at the door, though they were not expected");
    expect(describeEntry(entry({ ...base, action: "invitation.promoted" }), "UTC").summary).toBe("freed a seat: Mr. Jake Sherman moved up from the waitlist and is now accepted");
    expect(describeEntry(entry({ ...base, action: "invitation.resent", after: { to: "jake@example.org" } }), "UTC").summary).toBe("sent the invitation of Mr. Jake Sherman again, to jake@example.org");
  });

  it("names the guests of a bulk entry, up to five, and counts the rest", () => {
    const ids = Array.from({ length: 7 }, (_, i) => `0a1b2c3d-0000-4000-8000-00000000010${i}`);
    const names = Object.fromEntries(ids.map((id, i) => [id, `Guest ${i + 1}`]));
    const bulk = (action: string, after: unknown, before: unknown = null) => describeEntry(entry({ action, after, before, names }), "UTC").summary;
    expect(bulk("guests.added", { count: 2, invitationIds: ids.slice(0, 2) })).toBe("added Guest 1 and Guest 2 to the list");
    expect(bulk("invitations.sent", { count: 7, invitationIds: ids })).toBe("sent the invitation to Guest 1, Guest 2, Guest 3, Guest 4, Guest 5 and 2 more guests");
    expect(bulk("guests.reminded", { count: 1, invitationIds: ids.slice(0, 1) })).toBe("sent a reminder to Guest 1");
    expect(bulk("guests.removed", { deleted: 1, withdrawn: 0 }, { invitationIds: ids.slice(0, 1) })).toBe("took Guest 1 off the list");
    // A batch too big to list, or entries written before names were kept: by count.
    expect(bulk("invitations.sent", { count: 5000 })).toBe("sent the invitation to 5000 guests");
  });

  it("writes values plainly", () => {
    const ctx = { names: {}, timeZone: "UTC" };
    expect(formatFieldValue("capacity", null, ctx)).toBe("no limit");
    expect(formatFieldValue("waitlistEnabled", true, ctx)).toBe("yes");
    expect(formatFieldValue("attribution", "chatham_house", ctx)).toBe("Chatham House rule");
    expect(formatFieldValue("format", "roundtable", ctx)).toBe("Roundtable");
    expect(formatFieldValue("capacity", 90, ctx)).toBe("90");
    expect(formatMoment(new Date("2026-07-01T13:15:00Z"), "America/New_York")).toBe("Wednesday 1 July 2026, 9:15 am EDT");
  });
});
