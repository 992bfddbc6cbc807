// Adding a contact list to a guest list: a smart list of 2 000 people (by a
// tag) put on a new event's guest list by the app's own addListToEvent, one
// transaction, five times on fresh events; the goal is under 1 s each.
// On PostgreSQL when DATABASE_URL is set (a scratch database: it adds rows),
// else on a fresh in-memory PGlite. Prints one line: BENCH_RESULT {json}.
//   npx tsx --tsconfig bench/tsconfig.json bench/add-list.ts
import { sql } from "drizzle-orm";
import { openDatabase, type DatabaseHandle } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { events, people, personTags, tags } from "@/db/schema";
import type { Actor } from "@/lib/audit/record";
import { addListToEvent } from "@/lib/invitations/add-list";
import { createContactList } from "@/lib/people/lists";

const SIZE = Number(process.env.BENCH_LIST_SIZE ?? "2000");
const RUNS = 5;
const GOAL_MS = 1000;
const actor: Actor = { kind: "system", label: "List bench" };

async function main() {
  const url = process.env.DATABASE_URL;
  const handle: DatabaseHandle = url ? openDatabase({ driver: "postgres", url, max: 4 }) : openDatabase({ driver: "pglite" });
  try {
    if (!url) await runMigrations(handle);
    const db = handle.db;
    const stamp = Date.now().toString(36);
    const [tag] = await db.insert(tags).values({ name: `List bench ${stamp}` }).returning();
    for (let i = 0; i < SIZE; i += 1000) {
      const batch = await db
        .insert(people)
        .values(Array.from({ length: Math.min(1000, SIZE - i) }, (_, j) => ({ givenName: `Delegate ${i + j}`, familyName: `Bench ${stamp}`, email: `d${i + j}.${stamp}@bench-mail.example.org` })))
        .returning({ id: people.id });
      await db.insert(personTags).values(batch.map((p) => ({ personId: p.id, tagId: tag.id })));
    }
    // A directory that has been in use has planner statistics (autovacuum keeps them); freshly loaded rows do not yet.
    await db.execute(sql`analyze`);
    const list = await createContactList(db, actor, { name: `List bench ${stamp}`, description: null, rule: { tagIds: [tag.id] } });
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const startsAt = new Date(Date.now() + (30 + run) * 86_400_000);
      const [event] = await db
        .insert(events)
        .values({ slug: `list-bench-${stamp}-${run}`, title: "List bench dinner", format: "dinner", startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000), timeZone: "America/New_York" })
        .returning({ id: events.id });
      const t0 = performance.now();
      const result = await addListToEvent(db, actor, event.id, list.id);
      times.push(performance.now() - t0);
      if (result.added !== SIZE) throw new Error(`Expected ${SIZE} added, got ${result.added}`);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    const out = { driver: url ? "postgres" : "pglite", size: SIZE, runs: RUNS, medianMs: Math.round(median), worstMs: Math.round(sorted.at(-1)!), goalMs: GOAL_MS, ratioToGoal: Number((median / GOAL_MS).toFixed(3)) };
    console.log(`BENCH_RESULT ${JSON.stringify(out)}`);
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
