// "Seat by protocol" at scale: 400 guests (20 of them bringing a plus-one, so
// 400 places) at 40 tables of 10, mixed ranks, dates of credentials and
// delegations. Measures the pure plan (lib/seating/plan.ts) and the whole
// change as staff run it (lib/seating/mutations.ts: lock, read, plan, delete,
// insert, version, history, in one transaction).
// Run: npx tsx --tsconfig bench/tsconfig.json bench/seating.ts
// (PGlite in memory; with DATABASE_URL, that PostgreSQL database, which it
// migrates and fills: give it an empty one). Tests never assert on speed.
import { performance } from "node:perf_hooks";
import { PRECEDENCE_CLASSES } from "@/db/enum-values";
import { openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { eventTables, events, invitations, people } from "@/db/schema";
import type { Actor } from "@/lib/audit/record";
import { seatByProtocol } from "@/lib/seating/mutations";
import { type PlanGuest, seatByProtocol as plan } from "@/lib/seating/plan";
import { loadPlanGuests } from "@/lib/seating/plan-rows";

const GUESTS = 380;
const WITH_PLUS_ONE = 20;
const TABLES = 40;
const actor: Actor = { kind: "system", label: "bench" };
const CLASSES = PRECEDENCE_CLASSES.filter(
  (c) => c !== "head_of_state_or_government",
);
const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  return {
    median: +s[Math.floor(s.length / 2)].toFixed(1),
    p95: +s[Math.min(s.length - 1, Math.floor(s.length * 0.95))].toFixed(1),
    worst: +s[s.length - 1].toFixed(1),
  };
};

async function main() {
  const url = process.env.DATABASE_URL;
  const handle = url
    ? openDatabase({ driver: "postgres", url, max: 2 })
    : openDatabase({ driver: "pglite" });
  try {
    await runMigrations(handle);
    const db = handle.db;
    const now = new Date(Date.now() + 30 * 86_400_000);
    const [event] = await db
      .insert(events)
      .values({
        slug: `bench-seating-${Date.now()}`,
        title: "Bench dinner",
        summary: "",
        description: "",
        format: "dinner",
        visibility: "internal",
        attribution: "chatham_house",
        startsAt: now,
        endsAt: new Date(now.getTime() + 7_200_000),
        timeZone: "America/New_York",
        plusOnesAllowed: true,
      })
      .returning();
    const tag = Date.now().toString(36);
    const persons = await db
      .insert(people)
      .values(
        Array.from({ length: GUESTS }, (_, i) => {
          const cls = CLASSES[(i * 7) % CLASSES.length];
          return {
            givenName: `Given${i}`,
            familyName: `Family${(i * 31) % GUESTS}`,
            email: `seat${i}.${tag}@bench.example.org`,
            affiliation: `Delegation ${i % 60}`,
            precedenceClass: cls,
            credentialsDate:
              i % 5 ? `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}` : null,
          };
        }),
      )
      .returning({ id: people.id });
    await db
      .insert(invitations)
      .values(
        persons.map((p, i) => ({
          eventId: event.id,
          personId: p.id,
          status: "accepted" as const,
          plusOnes: i % (GUESTS / WITH_PLUS_ONE) === 3 ? 1 : 0,
          seatingRole:
            i < 2
              ? ("host" as const)
              : i === 2
                ? ("guest_of_honour" as const)
                : null,
        })),
      );
    await db
      .insert(eventTables)
      .values(
        Array.from({ length: TABLES }, (_, i) => ({
          eventId: event.id,
          label: i === 0 ? "Head table" : String(i),
          seats: 10,
          isHead: i === 0,
          position: i,
        })),
      );

    const tables = await db.select().from(eventTables);
    const guests: PlanGuest[] = await loadPlanGuests(db, event.id);
    for (let i = 0; i < 5; i++) plan(tables, guests);
    const pure: number[] = [];
    let last = plan(tables, guests);
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now();
      last = plan(tables, guests);
      pure.push(performance.now() - t0);
    }
    const whole: number[] = [];
    let version = 0;
    for (let i = 0; i < 12; i++) {
      const t0 = performance.now();
      const r = await seatByProtocol(db, actor, { eventId: event.id, version });
      const ms = performance.now() - t0;
      version = r.version;
      if (i >= 2) whole.push(ms);
    }
    console.log(
      JSON.stringify(
        {
          driver: url ? "postgres" : "pglite",
          guests: GUESTS,
          places: guests.reduce((s, g) => s + 1 + g.plusOnes, 0),
          tables: TABLES,
          seated: last.placements.length,
          unseated: last.unseated.length,
          delegationMoves: last.delegationMoves,
          pureMs: stats(pure),
          transactionMs: stats(whole),
        },
        null,
        2,
      ),
    );
  } finally {
    await handle.close();
  }
}

void main();
