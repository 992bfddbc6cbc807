import { BY_CREDENTIALS, byPrecedence, type Ranked } from "./precedence";

// "Seat by protocol": a whole table plan from the accepted guests, the tables
// and precedence. Pure and deterministic: the same guests and tables always
// give the same plan.
//
// Seats are numbered clockwise seen from above, so a person facing the table
// from seat s has seat s+1 on their left and seat s-1 on their right (seat 1's
// right is the last seat). The order at the head table:
//   - the host in seat 1; with no host, the first guest of the list takes it;
//   - one host: the guest of honour to the host's right (the last seat), the
//     next to the host's left (seat 2), then right, left, … outward by precedence;
//   - two hosts: the co-host opposite (seat 1 + seats/2); the guests of honour
//     and then the others go in turn to the host's right, the co-host's right,
//     the host's left, the co-host's left, and outward again;
//   - a third host or more sits by precedence like a guest, right after the
//     guests of honour; a host's plus-ones sit at the host's left.
// Long tables use the same numbering (around the table).
// The other tables, nearest the head first (by position), are filled by
// precedence; plus-ones sit in the seats after their guest; at each table the
// order is adjusted so that two people of one delegation do not sit side by
// side when another arrangement allows it.

export type SeatingRole = "host" | "guest_of_honour";

export type PlanTable = { id: string; label: string; seats: number; isHead: boolean; position: number };

export type PlanGuest = Ranked & {
  seatingRole: SeatingRole | null;
  plusOnes: number;
  /** The organization a guest comes from (its id, else the affiliation's text), for keeping delegations apart. */
  delegation: string | null;
  /** The name the explanations use ("Amb. Helena Lindqvist"). */
  name: string;
};

export type Placement = { tableId: string; seat: number; invitationId: string; companion: number };

export type PlanResult = {
  placements: Placement[];
  /** Guests for whom no seat was left, in precedence order. */
  unseated: string[];
  /** What each rule did, in words, for the page. */
  explanations: string[];
  /** How many times a guest was moved from their precedence place to keep delegations apart. */
  delegationMoves: number;
};

type Unit = { guest: PlanGuest; size: number };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Seats of a head table, walking outward from `from` (inclusive of neither end). */
function side(n: number, from: number, step: 1 | -1): number[] {
  const out: number[] = [];
  for (let i = 1; i < n; i++) out.push((((from - 1 + step * i) % n) + n) % n + 1);
  return out;
}

export function seatByProtocol(tables: readonly PlanTable[], guests: readonly PlanGuest[]): PlanResult {
  const explanations: string[] = [];
  const placements: Placement[] = [];
  const ordered = byPrecedence(guests);
  const units: Unit[] = ordered.map((guest) => ({ guest, size: 1 + Math.max(0, guest.plusOnes) }));
  const sortedTables = [...tables].sort((a, b) => Number(b.isHead) - Number(a.isHead) || a.position - b.position || a.label.localeCompare(b.label));
  if (sortedTables.length === 0) {
    return { placements, unseated: ordered.map((g) => g.id), explanations: units.length ? ["No tables yet: add tables, then seat by protocol."] : [], delegationMoves: 0 };
  }

  const head = sortedTables[0];
  const rest = sortedTables.slice(1);
  const hosts = units.filter((u) => u.guest.seatingRole === "host");
  const honoured = units.filter((u) => u.guest.seatingRole === "guest_of_honour");
  const others = units.filter((u) => u.guest.seatingRole === null);
  if (!head.isHead) explanations.push(`No head table: the hosts' places are at ${head.label}.`);

  // The head table.
  const taken = new Set<number>();
  const place = (u: Unit, seats: number[]) => {
    seats.forEach((seat, companion) => {
      taken.add(seat);
      placements.push({ tableId: head.id, seat, invitationId: u.guest.id, companion });
    });
  };
  const n = head.seats;
  const [host, coHost, ...moreHosts] = hosts;
  const queue: Unit[] = [...honoured, ...moreHosts, ...others];
  const seatedAtHead = new Set<string>();
  const describeSeat = (seat: number) => `${head.label}, seat ${seat}`;

  const first = host ?? queue.shift();
  const two = Boolean(coHost) && n >= 4;
  const opposite = 1 + Math.floor(n / 2);
  const sides: number[][] = [];
  if (first) {
    const right = side(n, 1, -1);
    const left = side(n, 1, 1);
    const companions = left.slice(0, first.size - 1);
    if (first.size <= n) {
      place(first, [1, ...companions]);
      seatedAtHead.add(first.guest.id);
      explanations.push(host ? `Host ${first.guest.name} in seat 1 of ${head.label}.` : `No host set: ${first.guest.name}, first by precedence, takes seat 1 of ${head.label}.`);
    }
    if (two && coHost && !taken.has(opposite) && coHost.size <= n - taken.size) {
      const coLeft = side(n, opposite, 1).filter((s) => !taken.has(s));
      place(coHost, [opposite, ...coLeft.slice(0, coHost.size - 1)]);
      seatedAtHead.add(coHost.guest.id);
      explanations.push(`Co-host ${coHost.guest.name} opposite the host, in seat ${opposite}.`);
      sides.push(right, side(n, opposite, -1), left, side(n, opposite, 1));
    } else {
      if (coHost) queue.unshift(coHost);
      sides.push(right, left);
    }
  }
  const sideNames = two ? ["the host's right", "the co-host's right", "the host's left", "the co-host's left"] : ["the host's right", "the host's left"];
  let turn = 0;
  let atHeadByRank = 0;
  const skippedAtHead: Unit[] = [];
  for (const u of queue) {
    if (taken.size >= n) {
      skippedAtHead.push(u);
      continue;
    }
    let placed = false;
    for (let tries = 0; tries < sides.length && !placed; tries++) {
      const k = (turn + tries) % sides.length;
      const free = sides[k].filter((s) => !taken.has(s));
      // A guest and their plus-ones need adjacent free seats going outward.
      const run: number[] = [];
      for (const s of free) {
        if (run.length && Math.abs(s - run[run.length - 1]) !== 1 && Math.abs(s - run[run.length - 1]) !== n - 1) break;
        run.push(s);
        if (run.length === u.size) break;
      }
      if (run.length === u.size) {
        place(u, run);
        seatedAtHead.add(u.guest.id);
        if (u.guest.seatingRole === "guest_of_honour") explanations.push(`Guest of honour ${u.guest.name} to ${sideNames[k]} (${describeSeat(run[0])}).`);
        else if (atHeadByRank++ === 0) explanations.push(`${u.guest.name}, first by precedence after the guests of honour, to ${sideNames[k]} (${describeSeat(run[0])}).`);
        turn = k + 1;
        placed = true;
      }
    }
    if (!placed) skippedAtHead.push(u);
  }
  if (atHeadByRank > 1) explanations.push(`${plural(atHeadByRank - 1, "more guest", "more guests")} at ${head.label} by precedence, alternating ${two ? "around both hosts" : "right and left of the host"}.`);

  // The other tables, nearest the head table first.
  let pending = skippedAtHead;
  let delegationMoves = 0;
  let stillBeside = 0;
  let seatedElsewhere = 0;
  for (const table of rest) {
    let free = table.seats;
    const chosen: Unit[] = [];
    const left: Unit[] = [];
    for (const u of pending) {
      if (u.size <= free) {
        chosen.push(u);
        free -= u.size;
      } else left.push(u);
    }
    pending = left;
    // Keep delegations apart: take the highest-ranking guest whose delegation differs from their neighbour's.
    const arranged: Unit[] = [];
    const pool = [...chosen];
    while (pool.length) {
      const prev = arranged.at(-1)?.guest.delegation ?? null;
      const closing = pool.length === 1 ? (arranged[0]?.guest.delegation ?? null) : null;
      let pick = pool.findIndex((u) => u.guest.delegation === null || (u.guest.delegation !== prev && (pool.length > 1 || u.guest.delegation !== closing)));
      if (pick === -1) pick = 0;
      if (pick > 0) delegationMoves++;
      arranged.push(...pool.splice(pick, 1));
    }
    let seat = 1;
    for (const u of arranged) {
      for (let c = 0; c < u.size; c++) placements.push({ tableId: table.id, seat: seat++, invitationId: u.guest.id, companion: c });
    }
    seatedElsewhere += arranged.length;
    for (let i = 0; i < arranged.length; i++) {
      const a = arranged[i].guest.delegation;
      const b = arranged[(i + 1) % arranged.length].guest.delegation;
      if (arranged.length > 1 && (i + 1 < arranged.length || arranged.length > 2) && a !== null && a === b) stillBeside++;
    }
  }
  if (seatedElsewhere) explanations.push(`${plural(seatedElsewhere, "guest", "guests")} seated by precedence at ${plural(rest.length, "other table", "other tables")}, the highest-ranking nearest the head table.`);

  const ambassadors = ordered.filter((g) => g.precedenceClass && BY_CREDENTIALS.has(g.precedenceClass)).length;
  if (ambassadors > 1) explanations.push(`Ambassadors seated by credentials: ${plural(ambassadors, "head of mission", "heads of mission")} in order of the date they presented credentials, earliest first.`);
  if (ordered.some((g) => g.precedenceOverride != null)) explanations.push("Staff's own order for this event was followed where it differs from precedence.");
  const companions = placements.filter((p) => p.companion > 0).length;
  if (companions) explanations.push(`${plural(companions, "plus-one", "plus-ones")} seated beside their guest.`);
  if (delegationMoves) explanations.push(`${plural(delegationMoves, "move", "moves")} to keep delegations apart.`);
  if (stillBeside) explanations.push(`${plural(stillBeside, "pair", "pairs")} of one delegation still side by side: no other arrangement at their table.`);
  const unseated = pending.map((u) => u.guest.id);
  if (unseated.length) {
    const seats = tables.reduce((sum, t) => sum + t.seats, 0);
    const needed = units.reduce((sum, u) => sum + u.size, 0);
    explanations.push(`${plural(unseated.length, "guest", "guests")} not seated: ${seats} seats for ${needed} places. Add a table or seats.`);
  }
  return { placements, unseated, explanations, delegationMoves };
}
