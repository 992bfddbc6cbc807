import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog, emailOutbox, eventSpeakers, invitations, people } from "@/db/schema";
import type { Actor } from "@/lib/audit/record";
import { useTestDatabase } from "@/lib/test/db";
import { MINISTER } from "@/lib/test/people";
import { isUniqueViolation } from "@/db/errors";
import { createPerson, mergePeople, PEOPLE_EMAIL_INDEX, updatePerson } from "./mutations";
import { mergePeopleSchema, personSchema } from "./schema";
import { insertEvent, insertPerson } from "./test-fixtures";

const actor: Actor = { kind: "system", label: "test" };
const form = (over: Record<string, string> = {}) =>
  personSchema.parse({ honorific: "", givenName: "Helen", familyName: "Clark", positionTitle: "", affiliation: "", email: "", notes: "", ...over });

describe("the person form", () => {
  it("trims, lower-cases the email, turns blanks into nothing, and refuses bad input in words", () => {
    expect(form({ email: "  Helen.Clark@Example.ORG ", honorific: "  H.E. Ms. " })).toEqual({
      honorific: "H.E. Ms.",
      givenName: "Helen",
      familyName: "Clark",
      positionTitle: null,
      affiliation: null,
      email: "helen.clark@example.org",
      notes: null,
      precedenceClass: null,
      credentialsDate: null,
    });
    const bad = personSchema.safeParse({ givenName: " ", familyName: "", email: "helen@", honorific: "x".repeat(41), notes: "n".repeat(5001) });
    expect(bad.success).toBe(false);
    const messages = Object.fromEntries((bad.success ? [] : bad.error.issues).map((i) => [i.path[0], i.message]));
    expect(messages).toEqual({
      givenName: "Enter the given name",
      familyName: "Enter the family name",
      email: "Enter an email address like name@example.org",
      honorific: "Keep the honorific under 40 characters",
      notes: "Keep the notes under 5000 characters",
    });
    expect(mergePeopleSchema.safeParse({ keepId: "x", mergeId: "y" }).success).toBe(false);
  });
});

describe("adding and editing people", () => {
  const t = useTestDatabase();

  it("refuses a second person with the same email in any letter case, on create and on update", async () => {
    const helen = await createPerson(t.db, actor, form({ email: "helen@example.org" }));
    await expect(createPerson(t.db, actor, form({ givenName: "Other", email: "HELEN@Example.org" }))).rejects.toMatchObject({
      field: "email",
      message: expect.stringMatching(/already belongs to Helen Clark/),
    });
    // A row written with a capitalised address (an older import) still counts.
    await insertPerson(t.db, { givenName: "Kofi", familyName: "Annan", email: "Kofi@Example.org" });
    await expect(createPerson(t.db, actor, form({ givenName: "K", familyName: "A", email: "kofi@example.org" }))).rejects.toMatchObject({ field: "email" });
    const other = await createPerson(t.db, actor, form({ givenName: "Jane", familyName: "Doe", email: "jane@example.org" }));
    await expect(updatePerson(t.db, actor, other.id, form({ givenName: "Jane", familyName: "Doe", email: "helen@example.org" }))).rejects.toMatchObject({ field: "email" });
    expect((await t.db.select().from(people).where(eq(people.id, other.id)))[0].email).toBe("jane@example.org");
    // Saving one's own address again is not a clash.
    const saved = await updatePerson(t.db, actor, helen.id, form({ email: "helen@example.org", positionTitle: "Former Prime Minister" }));
    expect(saved.positionTitle).toBe("Former Prime Minister");
  });

  it("recognises the unique index's refusal on this driver, for two saves that race past the check", async () => {
    await insertPerson(t.db, { familyName: "First", email: "race@example.org" });
    const error = await insertPerson(t.db, { familyName: "Second", email: "RACE@example.org" }).catch((e: unknown) => e);
    expect(isUniqueViolation(error, PEOPLE_EMAIL_INDEX)).toBe(true);
    expect(isUniqueViolation(new Error("other"), PEOPLE_EMAIL_INDEX)).toBe(false);
  });

  it("audits what changed, and nothing when nothing did", async () => {
    const p = await createPerson(t.db, actor, form({ givenName: "Audit", familyName: "Me" }));
    await updatePerson(t.db, actor, p.id, form({ givenName: "Audit", familyName: "Me", affiliation: "IPI" }));
    await updatePerson(t.db, actor, p.id, form({ givenName: "Audit", familyName: "Me", affiliation: "IPI" }));
    const history = await t.db.select().from(auditLog).where(eq(auditLog.entityId, p.id)).orderBy(auditLog.id);
    expect(history.map((h) => h.action)).toEqual(["person.created", "person.updated"]);
    expect(history[1].before).toEqual({ affiliation: null });
    expect(history[1].after).toEqual({ affiliation: "IPI" });
  });

  it("says so when the person is gone", async () => {
    await expect(updatePerson(t.db, actor, "00000000-0000-4000-8000-000000000000", form())).rejects.toThrow("This person is no longer in the directory.");
  });
});

describe("merging duplicate records", () => {
  const t = useTestDatabase();

  it("keeps every speaking role and invitation, the kept person's where both had one, and fills empty details", async () => {
    const keep = await insertPerson(t.db, { givenName: "Ine Eriksen", familyName: "Søreide", positionTitle: "Minister of Foreign Affairs" });
    const dup = await insertPerson(t.db, { honorific: "H.E. Ms.", givenName: "Ine", familyName: "Soreide", positionTitle: "Minister", affiliation: "Norway", email: "ine@example.org", notes: "Prefers aisle seat" });
    const [both, onlyDup, onlyKeep] = [await insertEvent(t.db, "Both invited"), await insertEvent(t.db, "Only the duplicate"), await insertEvent(t.db, "Only kept")];

    await t.db.insert(eventSpeakers).values([
      { eventId: both.id, personId: keep.id, role: "keynote" },
      { eventId: both.id, personId: dup.id, role: "keynote" },
      { eventId: both.id, personId: dup.id, role: "moderator" },
      { eventId: onlyDup.id, personId: dup.id, role: "speaker" },
      { eventId: onlyKeep.id, personId: keep.id, role: "speaker" },
    ]);
    const [keptInvite, dupInvite, dupOnlyInvite] = await t.db
      .insert(invitations)
      .values([
        { eventId: both.id, personId: keep.id, status: "invited" },
        { eventId: both.id, personId: dup.id, status: "accepted" },
        { eventId: onlyDup.id, personId: dup.id, status: "waitlisted" },
      ])
      .returning();
    const guest = await insertPerson(t.db, { familyName: "Delegate" });
    const [delegate] = await t.db.insert(invitations).values({ eventId: both.id, personId: guest.id, delegatedFromId: dupInvite.id, source: "delegate" }).returning();
    const [mail] = await t.db
      .insert(emailOutbox)
      .values({ toAddress: "ine@example.org", template: "invitation", idempotencyKey: `merge-test-${dupInvite.id}`, invitationId: dupInvite.id })
      .returning();

    const result = await mergePeople(t.db, actor, { keepId: keep.id, mergeId: dup.id });
    expect(result).toMatchObject({ movedSpeakingRoles: 2, droppedSpeakingRoles: 1, movedInvitations: 1, droppedInvitations: 1 });

    const roles = await t.db.select().from(eventSpeakers).where(eq(eventSpeakers.personId, keep.id));
    expect(roles.map((r) => `${r.eventId === both.id ? "both" : r.eventId === onlyDup.id ? "dup" : "keep"}:${r.role}`).sort()).toEqual([
      "both:keynote",
      "both:moderator",
      "dup:speaker",
      "keep:speaker",
    ]);
    const invited = await t.db.select().from(invitations).where(eq(invitations.personId, keep.id));
    expect(invited.map((i) => i.id).sort()).toEqual([keptInvite.id, dupOnlyInvite.id].sort());
    expect(invited.find((i) => i.eventId === both.id)?.status).toBe("invited");

    // What pointed at the dropped invitation follows the kept one.
    expect((await t.db.select().from(invitations).where(eq(invitations.id, delegate.id)))[0].delegatedFromId).toBe(keptInvite.id);
    expect((await t.db.select().from(emailOutbox).where(eq(emailOutbox.id, mail.id)))[0].invitationId).toBe(keptInvite.id);

    expect(await t.db.select().from(people).where(eq(people.id, dup.id))).toEqual([]);
    expect(result.person).toMatchObject({ ...MINISTER, notes: "Prefers aisle seat" });
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, "person.merged"));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityId: keep.id, before: { merged: expect.objectContaining({ id: dup.id, familyName: "Soreide" }) } });
  });

  it("refuses to merge a record with itself or with one that is gone, and changes nothing", async () => {
    const p = await insertPerson(t.db, { familyName: "Alone" });
    await expect(mergePeople(t.db, actor, { keepId: p.id, mergeId: p.id })).rejects.toThrow(/cannot be merged with itself/);
    await expect(mergePeople(t.db, actor, { keepId: p.id, mergeId: "00000000-0000-4000-8000-000000000000" })).rejects.toThrow("One of these records is no longer in the directory.");
    expect(await t.db.select().from(people).where(eq(people.id, p.id))).toHaveLength(1);
  });
});
