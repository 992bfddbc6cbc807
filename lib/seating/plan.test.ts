import { describe, expect, it } from "vitest";
import type { PrecedenceClass } from "./precedence";
import { type PlanGuest, type PlanTable, seatByProtocol } from "./plan";

const guest = (id: string, over: Partial<PlanGuest> = {}): PlanGuest => ({
  id,
  givenName: id,
  familyName: id,
  name: id,
  precedenceClass: null,
  credentialsDate: null,
  seatingRole: null,
  plusOnes: 0,
  delegation: null,
  ...over,
});
const ranked = (id: string, c: PrecedenceClass, over: Partial<PlanGuest> = {}) => guest(id, { precedenceClass: c, ...over });
const table = (id: string, seats: number, over: Partial<PlanTable> = {}): PlanTable => ({ id, label: id, seats, isHead: false, position: 0, ...over });
const seatsOf = (r: ReturnType<typeof seatByProtocol>, tableId: string) =>
  Object.fromEntries(r.placements.filter((p) => p.tableId === tableId).map((p) => [p.seat, p.companion ? `${p.invitationId}+${p.companion}` : p.invitationId]));

describe("seat by protocol", () => {
  it("puts the host in seat 1, the guest of honour to the host's right, the next to the left, then alternates outward", () => {
    const head = table("head", 6, { isHead: true });
    const guests = [
      ranked("m1", "minister", { familyName: "A" }),
      ranked("m2", "minister", { familyName: "B" }),
      ranked("a1", "ambassador", { credentialsDate: "2018-01-01" }),
      ranked("a2", "ambassador", { credentialsDate: "2020-01-01" }),
      guest("host", { seatingRole: "host", precedenceClass: "staff" }),
      ranked("goh", "other_official", { seatingRole: "guest_of_honour" }),
    ];
    const r = seatByProtocol([head], guests);
    expect(seatsOf(r, "head")).toEqual({ 1: "host", 6: "goh", 2: "m1", 5: "m2", 3: "a1", 4: "a2" });
    expect(r.explanations).toContain("Host host in seat 1 of head.");
    expect(r.explanations).toContain("Guest of honour goh to the host's right (head, seat 6).");
    expect(r.explanations.some((e) => e.startsWith("Ambassadors seated by credentials"))).toBe(true);
  });

  it("with two hosts puts the co-host opposite and fills right of host, right of co-host, left of host, left of co-host", () => {
    const head = table("head", 8, { isHead: true });
    const guests = [
      guest("h1", { seatingRole: "host", familyName: "A" }),
      guest("h2", { seatingRole: "host", familyName: "B" }),
      ranked("goh", "minister", { seatingRole: "guest_of_honour" }),
      ranked("g2", "ambassador", { familyName: "A" }),
      ranked("g3", "ambassador", { familyName: "B" }),
      ranked("g4", "ambassador", { familyName: "C" }),
      ranked("g5", "ambassador", { familyName: "D" }),
      ranked("g6", "ambassador", { familyName: "E" }),
    ];
    const r = seatByProtocol([head], guests);
    expect(seatsOf(r, "head")).toEqual({ 1: "h1", 5: "h2", 8: "goh", 4: "g2", 2: "g3", 6: "g4", 7: "g5", 3: "g6" });
    expect(r.explanations).toContain("Co-host h2 opposite the host, in seat 5.");
  });

  it("with no host gives seat 1 to the first by precedence", () => {
    const r = seatByProtocol([table("head", 3, { isHead: true })], [ranked("amb", "ambassador"), ranked("min", "minister")]);
    expect(seatsOf(r, "head")).toEqual({ 1: "min", 3: "amb" });
    expect(r.explanations[0]).toContain("No host set");
  });

  it("fills the tables nearest the head table with the highest-ranking guests", () => {
    const tables = [table("far", 2, { position: 3 }), table("head", 1, { isHead: true }), table("near", 2, { position: 1 })];
    const guests = ["civil", "amb", "min", "sec"].map((id, i) => ranked(id, (["academic_or_civil_society", "ambassador", "minister", "state_secretary"] as const)[i]));
    const r = seatByProtocol(tables, [...guests, guest("host", { seatingRole: "host" })]);
    expect(seatsOf(r, "head")).toEqual({ 1: "host" });
    expect(seatsOf(r, "near")).toEqual({ 1: "min", 2: "amb" });
    expect(seatsOf(r, "far")).toEqual({ 1: "sec", 2: "civil" });
  });

  it("seats plus-ones beside their guest, at the head table and elsewhere", () => {
    const tables = [table("head", 4, { isHead: true }), table("t1", 4, { position: 1 })];
    const guests = [guest("host", { seatingRole: "host" }), ranked("goh", "minister", { seatingRole: "guest_of_honour", plusOnes: 1 }), ranked("a", "ambassador", { plusOnes: 1 }), ranked("b", "other_official")];
    const r = seatByProtocol(tables, guests);
    expect(seatsOf(r, "head")).toEqual({ 1: "host", 4: "goh", 3: "goh+1", 2: "b" });
    expect(seatsOf(r, "t1")).toEqual({ 1: "a", 2: "a+1" });
    expect(r.explanations).toContain("2 plus-ones seated beside their guest.");
  });

  it("keeps one delegation's people apart when another order allows it, and counts the moves", () => {
    const tables = [table("head", 1, { isHead: true }), table("t1", 4, { position: 1 })];
    const guests = [
      guest("host", { seatingRole: "host" }),
      ranked("fi1", "minister", { delegation: "finland" }),
      ranked("fi2", "ambassador", { delegation: "finland" }),
      ranked("fi3", "other_official", { delegation: "finland" }),
      ranked("rw", "academic_or_civil_society", { delegation: "rwanda" }),
    ];
    const r = seatByProtocol(tables, guests);
    // Precedence alone would give fi1 fi2 fi3 rw: three Finns side by side.
    expect(seatsOf(r, "t1")).toEqual({ 1: "fi1", 2: "rw", 3: "fi2", 4: "fi3" });
    expect(r.delegationMoves).toBe(1);
    expect(r.explanations).toContain("1 move to keep delegations apart.");
    // Three of four at a round table: two pairs must touch (fi2–fi3, and fi3–fi1 across the wrap).
    expect(r.explanations).toContain("2 pairs of one delegation still side by side: no other arrangement at their table.");
  });

  it("leaves out the guests there is no room for, lowest-ranking first, and says so", () => {
    const r = seatByProtocol([table("head", 2, { isHead: true })], [ranked("a", "minister"), ranked("b", "ambassador"), ranked("c", "staff")]);
    expect(r.unseated).toEqual(["c"]);
    expect(r.explanations.at(-1)).toBe("1 guest not seated: 2 seats for 3 places. Add a table or seats.");
  });

  it("never gives a seat twice and never seats anyone twice", () => {
    const tables = [table("head", 10, { isHead: true }), ...Array.from({ length: 5 }, (_, i) => table(`t${i}`, 7, { position: i + 1 }))];
    const classes = ["minister", "ambassador", "other_official", "academic_or_civil_society"] as const;
    const guests = Array.from({ length: 40 }, (_, i) =>
      ranked(`g${i}`, classes[i % 4], { plusOnes: i % 5 === 0 ? 1 : 0, delegation: `org${i % 3}`, seatingRole: i < 2 ? "host" : i === 2 ? "guest_of_honour" : null, credentialsDate: `20${10 + (i % 10)}-01-01` }),
    );
    const r = seatByProtocol(tables, guests);
    const seats = r.placements.map((p) => `${p.tableId}/${p.seat}`);
    expect(new Set(seats).size).toBe(seats.length);
    const people = r.placements.map((p) => `${p.invitationId}/${p.companion}`);
    expect(new Set(people).size).toBe(people.length);
    for (const p of r.placements) expect(p.seat).toBeLessThanOrEqual(tables.find((t) => t.id === p.tableId)!.seats);
    // Deterministic: the same input, in any order, gives the same plan.
    expect(seatByProtocol([...tables].reverse(), [...guests].reverse()).placements).toEqual(r.placements);
  });

  it("seats nobody without tables, and says what to do", () => {
    const r = seatByProtocol([], [guest("a")]);
    expect(r.placements).toEqual([]);
    expect(r.unseated).toEqual(["a"]);
    expect(r.explanations).toEqual(["No tables yet: add tables, then seat by protocol."]);
  });
});
