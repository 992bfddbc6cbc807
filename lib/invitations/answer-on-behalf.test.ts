import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, events, invitations } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { answerInvitation } from "./answer";
import { emailsTo, eventWithInvitedGuests, staff } from "./test-fixtures";

const accept = { answer: "accept" as const, plusOneName: null, dietary: null, accessibility: null };

describe("answers given for the guest", () => {
  const t = useTestDatabase();

  it("records an assistant's answer with both addresses, and staff answers with who and why", async () => {
    const { event, guests: [a, b] } = await eventWithInvitedGuests(t.db, 2);
    await answerInvitation(t.db, event.id, a.id, accept, { actor: { kind: "guest", label: "Kari Nordmann for Guest0" }, onBehalfOf: { name: "Kari Nordmann", email: "kari@example.org" } });
    const [row] = await t.db.select().from(invitations).where(eq(invitations.id, a.id));
    expect(row).toMatchObject({ onBehalfOfName: "Kari Nordmann", onBehalfOfEmail: "kari@example.org" });
    expect((await emailsTo(t.db, a.id, "answer")).map((e) => e.toAddress).sort()).toEqual(["kari@example.org", a.person.email].sort());

    await t.db.update(events).set({ rsvpDeadline: new Date(Date.now() - 1000) }).where(eq(events.id, event.id));
    await answerInvitation(t.db, event.id, b.id, { answer: "decline", message: null }, { actor: staff, ignoreDeadline: true, reason: "Phoned the office on Monday" });
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, b.id), eq(auditLog.action, "invitation.declined")));
    expect(entry).toMatchObject({ actorLabel: "test staff", reason: "Phoned the office on Monday" });
  });
});
