import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { auditLog, emailOutbox, invitations, people } from "@/db/schema";
import { doneOrUntouched, formOf, nastyString, refusedOrDone, rowCounts, runs } from "@/lib/test/bad-input";
import { useTestDatabase } from "@/lib/test/db";
import { answerInvitation } from "./answer";
import { checkIn, undoCheckIn, addWalkIn } from "./check-in";
import { decideDelegate, proposeDelegate } from "./delegates";
import { correctGuestAddress, importGuests, removeGuests } from "./mutations";
import { findGuestByToken } from "./queries";
import { registerForEvent } from "./registration";
import { acceptSchema, declineSchema, delegateSchema, registrationSchema, walkInSchema } from "./schema";
import { resendInvitation, sendInvitations } from "./send";
import { eventWithInvitedGuests, guestActor, makeEvent, makeGuests, staff, tokenOf } from "./test-fixtures";

const tables = { people, invitations, emailOutbox, auditLog };

/** Every invitation as it stands, to prove a refusal touched none. */
async function invitationState(db: Parameters<typeof rowCounts>[0]) {
  const rows = await db.select().from(invitations);
  return rows.map((r) => JSON.stringify(r)).sort();
}

const personFields = {
  honorific: fc.constantFrom("Dr.", "Ms.", ""),
  givenName: fc.constantFrom("Amaka", "Terje"),
  familyName: fc.constantFrom("Obi", "Rød-Larsen"),
  positionTitle: fc.constantFrom("Ambassador", ""),
  affiliation: fc.constantFrom("Permanent Mission of Kenya", ""),
};

describe("invitations: bad input", () => {
  const t = useTestDatabase();

  it("a guest's answer: any form is a field error, an answer, or a refusal in words", async () => {
    const { event, guests } = await eventWithInvitedGuests(t.db, 3, { plusOnesAllowed: true, capacity: 3 });
    const answerForm = formOf({ answer: fc.constantFrom("accept", "decline"), plusOneName: fc.constantFrom("", "Ms. Laura Bellato"), dietary: fc.constantFrom("", "Vegetarian"), message: fc.constantFrom("", "With regret") });
    await fc.assert(
      fc.asyncProperty(answerForm, fc.constantFrom(...guests), async (form, guest) => {
        const schema = form.answer === "decline" ? declineSchema : acceptSchema;
        const parsed = schema.safeParse(form);
        if (!parsed.success) return;
        const answer = form.answer === "decline" ? { answer: "decline" as const, ...declineSchema.parse(form) } : { answer: "accept" as const, ...acceptSchema.parse(form) };
        await doneOrUntouched(t.db, tables, () => answerInvitation(t.db, event.id, guest.id, answer, { actor: guestActor }));
      }),
      runs(40),
    );
  });

  it("registering, proposing a delegate, a walk-in: any form is a field error, done, or a refusal in words", async () => {
    const { event, guests: [guest] } = await eventWithInvitedGuests(t.db, 1, { visibility: "public" });
    const form = formOf({ ...personFields, email: fc.emailAddress() });
    const which = fc.constantFrom("register", "delegate", "walk-in");
    await fc.assert(
      fc.asyncProperty(form, which, async (values, kind) => {
        const before = await rowCounts(t.db, tables);
        const schema = kind === "walk-in" ? walkInSchema : kind === "delegate" ? delegateSchema : registrationSchema;
        const parsed = schema.safeParse(values);
        if (!parsed.success) return;
        const outcome = await refusedOrDone(async () => {
          if (kind === "register") await registerForEvent(t.db, event.id, registrationSchema.parse(values), { clientAddress: randomBytes(6).toString("hex") });
          else if (kind === "delegate") await proposeDelegate(t.db, event.id, guest.id, delegateSchema.parse(values), { actor: guestActor });
          else await addWalkIn(t.db, staff, event.id, walkInSchema.parse(values));
        });
        if (outcome !== "done") expect((await rowCounts(t.db, tables)).invitations).toBe(before.invitations);
      }),
      runs(40),
    );
  });

  it("an invitation of another event, a random id, or no id: refused in words, nothing changed", async () => {
    const event = await makeEvent(t.db);
    const other = await makeEvent(t.db);
    const ours = await makeGuests(t.db, event.id, 2);
    const theirs = await makeGuests(t.db, other.id, 2);
    await sendInvitations(t.db, staff, event.id);
    await sendInvitations(t.db, staff, other.id);
    const invitationId = fc.oneof(fc.constantFrom(...theirs.map((g) => g.id)), fc.uuid(), nastyString);
    const mutation = fc.constantFrom("checkIn", "undoCheckIn", "resend", "newLink", "correctAddress", "decideDelegate", "answer", "remove");
    await fc.assert(
      fc.asyncProperty(invitationId, mutation, async (id, which) => {
        // Ids reach the mutations through the actions' z.uuid(): anything else is a field error there.
        if (!z.uuid().safeParse(id).success) return;
        const before = await rowCounts(t.db, tables);
        const state = await invitationState(t.db);
        const outcome = await refusedOrDone(async () => {
          switch (which) {
            case "checkIn":
              return checkIn(t.db, staff, event.id, id);
            case "undoCheckIn":
              // Safe to repeat by design: a guest not on this list is simply not undone.
              expect(await undoCheckIn(t.db, staff, event.id, id)).toEqual({ undone: false });
              throw new Error("counted");
            case "resend":
              return resendInvitation(t.db, staff, event.id, id);
            case "newLink":
              return resendInvitation(t.db, staff, event.id, id, { newLink: true });
            case "correctAddress":
              return correctGuestAddress(t.db, staff, event.id, id, "new.address@example.org");
            case "decideDelegate":
              return decideDelegate(t.db, staff, event.id, id, true);
            case "answer":
              return answerInvitation(t.db, event.id, id, { answer: "decline", message: null }, { actor: staff });
            case "remove":
              expect(await removeGuests(t.db, staff, event.id, [id])).toEqual({ removed: 0, withdrawn: 0 });
              throw new Error("counted");
          }
        }).catch((e: unknown) => (e instanceof Error && e.message === "counted" ? "counted" : Promise.reject(e)));
        if (outcome !== "counted") expect(outcome, `${which} of ${id}`).not.toBe("done");
        expect((await rowCounts(t.db, tables)).invitations).toBe(before.invitations);
        expect(await invitationState(t.db)).toEqual(state);
      }),
      runs(40),
    );
    expect(ours).toHaveLength(2);
  });

  it("a forged, truncated or garbled guest link opens nothing and throws nothing", async () => {
    const { guests: [guest] } = await eventWithInvitedGuests(t.db, 1);
    const real = await tokenOf(t.db, guest.id);
    expect((await findGuestByToken(t.db, real))?.id).toBe(guest.id);
    const forged = fc.oneof(
      fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString("base64url")),
      fc.integer({ min: 0, max: 42 }).map((n) => real.slice(0, n)),
      fc.integer({ min: 0, max: 42 }).chain((i) => fc.constantFrom("A", "_", "-", "z").map((c) => real.slice(0, i) + (real[i] === c ? "B" : c) + real.slice(i + 1))),
      fc.constantFrom(`${real}=`, `${real}\u0000`, ` ${real}`, real.toUpperCase(), `${real}/..`, encodeURIComponent(real + "é")),
      nastyString,
    );
    await fc.assert(
      fc.asyncProperty(forged, async (token) => {
        if (token === real) return;
        expect(await findGuestByToken(t.db, token)).toBeNull();
      }),
      runs(150),
    );
  });

  it("importing any guest CSV adds all of it or nothing", async () => {
    const event = await makeEvent(t.db);
    const cell = fc.oneof({ weight: 3, arbitrary: fc.constantFrom("Amaka", "Obi", "a.obi@example.org", "") }, { weight: 2, arbitrary: nastyString.filter((s) => s.length < 1000) });
    const row = fc.array(cell, { minLength: 2, maxLength: 4 }).map((cells) => cells.map((c) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(","));
    const csv = fc.oneof(
      fc.array(row, { minLength: 1, maxLength: 5 }).map((rows) => `Given name,Family name,Email\n${rows.join("\n")}\n`),
      fc.uint8Array({ maxLength: 200 }).map((b) => new TextDecoder().decode(b)),
      fc.constantFrom("", "\u0000\u0001\u0002", "Given name,Family name,Email\n", "a,b,c\n1,2\n3,4,5,6\n"),
    );
    await fc.assert(
      fc.asyncProperty(csv, async (text) => {
        const before = await rowCounts(t.db, tables);
        const outcome = await refusedOrDone(async () => {
          const result = await importGuests(t.db, staff, event.id, text);
          if (!result.ok) {
            expect(result.errors.length).toBeGreaterThan(0);
            expect(await rowCounts(t.db, tables)).toEqual(before);
          }
        });
        if (outcome !== "done") expect(await rowCounts(t.db, tables)).toEqual(before);
      }),
      runs(50),
    );
  });
});
