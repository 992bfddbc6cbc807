import { randomUUID } from "node:crypto";
import { and, eq, isNotNull } from "drizzle-orm";
import { invitations, people, users } from "@/db/schema";
import type { Db } from "@/db/types";
import { getAuthSecret } from "@/lib/auth/secret";
import { answerInvitation } from "@/lib/invitations/answer";
import { proposeDelegate } from "@/lib/invitations/delegates";
import { addGuests } from "@/lib/invitations/mutations";
import { sendInvitations } from "@/lib/invitations/send";
import { guestTokenFor, linkKeyFrom } from "@/lib/invitations/tokens";
import { makePastEvent, pngOf } from "@/lib/recaps/db-fixtures";
import { saveRecapDraft } from "@/lib/recaps/mutations";
import { addRecapPhoto } from "@/lib/recaps/photo-mutations";
import { actorOf, type RecapStaff } from "@/lib/recaps/recap-rows";
import { recapDraftSchema } from "@/lib/recaps/schema";
import { insertTestEvent } from "@/lib/test/events";
import { seed } from "./seed";

const DAY_MS = 86_400_000;

export type UsedDatabase = {
  /** The upcoming event the journey invited guests to. */
  eventId: string;
  eventSlug: string;
  /** A guest link of that event, as its guest would open it. */
  guestToken: string;
  /** The past event whose recap has photos. */
  recapEventId: string;
};

/**
 * The demo data, then a stretch of real use through the app's own functions:
 * guests added and invited (links, emails in the outbox, audit entries),
 * answers (accepted, waitlisted, declined with a message, a delegate
 * proposed, whose invitation points at the guest's), and a recap draft with
 * two photos stored as assets. What backups, moves and upgrades must keep.
 */
export async function loadUsedDatabase(db: Db, now = new Date()): Promise<UsedDatabase> {
  await seed(db, { now });
  const [admin] = await db.select().from(users).where(eq(users.email, "admin@convene.local"));
  if (!admin) throw new Error("The demo data has no admin (admin@convene.local)");
  const staff: RecapStaff = { id: admin.id, label: admin.name ?? "Admin", role: "admin" };
  const actor = actorOf(staff);
  const guestActor = { kind: "guest" as const, label: "guest" };

  const startsAt = new Date(Math.floor((now.getTime() + 12 * DAY_MS) / 60_000) * 60_000);
  const event = await insertTestEvent(db, startsAt, { title: "Financing for Development after Seville", format: "policy_forum", capacity: 2, waitlistEnabled: true });
  const tag = randomUUID().slice(0, 8);
  const guests = await db
    .insert(people)
    .values(
      ["Amina Diallo", "Tomás Ibarra", "Keiko Tanaka", "Ruth Okafor"].map((name, i) => {
        const [givenName, familyName] = name.split(" ");
        return { givenName, familyName, email: `guest${i}.${tag}@example.org`, affiliation: "Permanent Mission", positionTitle: "Counsellor" };
      }),
    )
    .returning();
  await addGuests(db, actor, event.id, guests.map((g) => g.id));
  await sendInvitations(db, actor, event.id, { now });
  const invited = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.eventId, event.id), isNotNull(invitations.linkNonce)));
  const byPerson = new Map(invited.map((i) => [i.personId, i]));
  const [first, second, third, fourth] = guests.map((g) => byPerson.get(g.id)!);
  await answerInvitation(db, event.id, first.id, { answer: "accept", plusOneName: null, dietary: "Vegetarian", accessibility: null }, { actor: guestActor, now });
  await answerInvitation(db, event.id, second.id, { answer: "accept", plusOneName: null, dietary: null, accessibility: "Step-free access" }, { actor: guestActor, now });
  await answerInvitation(db, event.id, third.id, { answer: "accept", plusOneName: null, dietary: null, accessibility: null }, { actor: guestActor, now });
  await answerInvitation(db, event.id, fourth.id, { answer: "decline", message: "With regrets: I am travelling that week." }, { actor: guestActor, now });
  await proposeDelegate(
    db,
    event.id,
    second.id,
    { honorific: null, givenName: "Lena", familyName: "Berg", positionTitle: "First Secretary", affiliation: "Permanent Mission", email: `delegate.${tag}@example.org` },
    { actor: guestActor, now },
  );

  const past = await makePastEvent(db, { attribution: "on_record", title: "Climate, Peace and Security in the Sahel" });
  await saveRecapDraft(
    db,
    staff,
    recapDraftSchema.parse({ eventId: past.id, title: "What the Sahel asks of the Council", body: "Speakers agreed that early warning works only when it reaches those who act.", programId: "", topics: "Climate, Sahel", revision: "0" }),
    now,
  );
  await addRecapPhoto(db, staff, { eventId: past.id, altText: "Speakers at the panel table", caption: "The panel", isLead: true }, { bytes: pngOf(0x2a6f97), fileName: "panel.png" });
  await addRecapPhoto(db, staff, { eventId: past.id, altText: "Participants in discussion", caption: null, isLead: false }, { bytes: pngOf(0x9b2226), fileName: "room.png" });

  const key = linkKeyFrom(await getAuthSecret(db));
  return { eventId: event.id, eventSlug: event.slug, guestToken: guestTokenFor(key, first.id, first.linkNonce!), recapEventId: past.id };
}
