import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { events, invitations, people } from "@/db/schema";
import type { Db } from "@/db/types";
import { makeEvent } from "@/lib/invitations/test-fixtures";
import type { PrecedenceClass } from "./precedence";

export type SeatedGuestSpec = {
  name: string;
  precedenceClass?: PrecedenceClass | null;
  credentialsDate?: string | null;
  affiliation?: string | null;
  plusOnes?: number;
  seatingRole?: "host" | "guest_of_honour" | null;
  status?: "accepted" | "declined" | "invited";
};

/** A dinner with the given guests, already answered as the specs say (accepted unless told). */
export async function dinnerWith(db: Db, specs: SeatedGuestSpec[]) {
  const event = await makeEvent(db, { format: "dinner", title: "Ministerial dinner", plusOnesAllowed: true });
  const tag = randomUUID().slice(0, 8);
  const made = await Promise.all(
    specs.map(async (s, i) => {
      const [given, ...family] = s.name.split(" ");
      const [person] = await db
        .insert(people)
        .values({ givenName: given, familyName: family.join(" ") || given, email: `seat${i}.${tag}@example.org`, precedenceClass: s.precedenceClass ?? null, credentialsDate: s.credentialsDate ?? null, affiliation: s.affiliation ?? null })
        .returning();
      const [inv] = await db
        .insert(invitations)
        .values({ eventId: event.id, personId: person.id, status: s.status ?? "accepted", plusOnes: s.plusOnes ?? 0, seatingRole: s.seatingRole ?? null, respondedAt: new Date() })
        .returning();
      return inv;
    }),
  );
  return { event, invitations: made, byName: (name: string) => made[specs.findIndex((s) => s.name === name)] };
}

export async function planVersion(db: Db, eventId: string) {
  const [row] = await db.select({ v: events.seatingVersion }).from(events).where(eq(events.id, eventId));
  return row.v;
}
