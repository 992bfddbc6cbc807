import { and, eq } from "drizzle-orm";
import { invitations, people } from "@/db/schema";
import type { Db } from "@/db/types";
import { personName } from "@/lib/people/display-name";
import type { PlanGuest } from "./plan";

export type PlanRow = PlanGuest & { plusOneName: string | null; affiliation: string | null };

/** The accepted guests of an event as the plan and the order of precedence see them. */
export async function loadPlanGuests(db: Db, eventId: string): Promise<PlanRow[]> {
  const rows = await db
    .select({
      id: invitations.id,
      plusOnes: invitations.plusOnes,
      plusOneName: invitations.plusOneName,
      seatingRole: invitations.seatingRole,
      precedenceOverride: invitations.precedenceOverride,
      honorific: people.honorific,
      givenName: people.givenName,
      familyName: people.familyName,
      affiliation: people.affiliation,
      organizationId: people.organizationId,
      precedenceClass: people.precedenceClass,
      credentialsDate: people.credentialsDate,
    })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(and(eq(invitations.eventId, eventId), eq(invitations.status, "accepted")));
  return rows.map((r) => ({
    id: r.id,
    givenName: r.givenName,
    familyName: r.familyName,
    name: personName(r),
    precedenceClass: r.precedenceClass,
    credentialsDate: r.credentialsDate,
    precedenceOverride: r.precedenceOverride,
    seatingRole: r.seatingRole,
    plusOnes: r.plusOnes,
    plusOneName: r.plusOneName,
    affiliation: r.affiliation,
    delegation: r.organizationId ?? (r.affiliation?.trim().toLowerCase() || null),
  }));
}
