import { eq } from "drizzle-orm";
import { people } from "@/db/schema";
import type { Db } from "@/db/types";
import { optOutKeys } from "./links";
import type { OptOutVia } from "./mutations";
import { optInTokenHolds, personOfOptOutToken, readOptInToken } from "./tokens";

export type OptOutPerson = { id: string; email: string | null; optedOutAt: Date | null; optedOutVia: OptOutVia | null };

const columns = { id: people.id, email: people.email, optedOutAt: people.optedOutAt, optedOutVia: people.optedOutVia };

/** The person an opt-out link belongs to; null for a malformed, tampered or foreign link, or a person since deleted. */
export async function findPersonByOptOutToken(db: Db, token: string): Promise<OptOutPerson | null> {
  const personId = personOfOptOutToken((await optOutKeys(db)).optOut, token);
  if (!personId) return null;
  const [person] = await db.select(columns).from(people).where(eq(people.id, personId));
  return person ?? null;
}

/**
 * The opted-out person an opt-in link lets back in; null when the link is
 * malformed, tampered, expired, or already used (the person opted in, or out
 * again, since it was made).
 */
export async function findPersonByOptInToken(db: Db, token: string, now: Date = new Date()): Promise<(OptOutPerson & { optedOutAt: Date }) | null> {
  const claim = readOptInToken(token);
  if (!claim) return null;
  const [person] = await db.select(columns).from(people).where(eq(people.id, claim.personId));
  if (!person?.optedOutAt || !optInTokenHolds((await optOutKeys(db)).optIn, claim, person.optedOutAt, now)) return null;
  return { ...person, optedOutAt: person.optedOutAt };
}
