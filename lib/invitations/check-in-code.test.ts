import { and, eq } from "drizzle-orm";
import { drawAttachments } from "@/lib/email/attachments";
import jsQR from "jsqr";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { auditLog, emailOutbox, invitations } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { answerInvitation } from "./answer";
import { checkInByCode } from "./check-in-by-code";
import { backfillCheckInCodes, CHECK_IN_ALPHABET, checkInQrPng, ensureCheckInCode, freshCheckInCode, newCheckInCode, normalizeCheckInCode } from "./check-in-code";
import { eventWithInvitedGuests, guestActor, staff } from "./test-fixtures";

/** What a camera would read in a PNG. */
async function decodeQr(png: Buffer): Promise<string | undefined> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

const accept = { answer: "accept" as const, plusOneName: null, dietary: null, accessibility: null };
const decline = { answer: "decline" as const, message: null };

describe("check-in codes", () => {
  it("are eight characters without look-alikes, and read back whatever the case, spaces or hyphen", () => {
    for (let i = 0; i < 200; i++) expect(newCheckInCode()).toMatch(/^[2-9A-HJKMNP-TW-Z]{8}$/);
    for (const c of "01ILOUV") expect(CHECK_IN_ALPHABET).not.toContain(c);
    expect(normalizeCheckInCode(" k7qw-3mzp ")).toBe("K7QW3MZP");
    expect(normalizeCheckInCode("K7QW3MZ")).toBeNull();
    expect(normalizeCheckInCode("K7QW3MZO")).toBeNull();
    expect(normalizeCheckInCode("https://example.org/x")).toBeNull();
  });

  it("draw a QR code that decodes to the code", async () => {
    expect(await decodeQr(await checkInQrPng("K7QW3MZP"))).toBe("K7QW3MZP");
  });
});

describe("a guest's check-in code", () => {
  const t = useTestDatabase();
  const codeOf = async (id: string) => (await t.db.select({ c: invitations.checkInCode }).from(invitations).where(eq(invitations.id, id)))[0].c;

  it("is given on acceptance and travels with the confirmation as a QR image; declining gives none", async () => {
    const { event, guests: [a, b] } = await eventWithInvitedGuests(t.db, 2);
    await answerInvitation(t.db, event.id, a.id, accept, { actor: guestActor });
    await answerInvitation(t.db, event.id, b.id, decline, { actor: guestActor });
    const code = await codeOf(a.id);
    expect(normalizeCheckInCode(code ?? "")).toBe(code);
    expect(await codeOf(b.id)).toBeNull();
    const [mail] = await t.db.select().from(emailOutbox).where(and(eq(emailOutbox.invitationId, a.id), eq(emailOutbox.template, "answer")));
    // Queued as the code, not its picture (the answer's transaction draws nothing); drawn when it goes out.
    const qr = mail.attachments.find((f) => f.contentType === "image/png");
    expect(qr).toEqual({ filename: `check-in-${code}.png`, contentType: "image/png", qr: code });
    const [drawn] = drawAttachments([qr!]);
    expect(drawn).toMatchObject({ filename: `check-in-${code}.png`, contentType: "image/png" });
    expect(Buffer.from(drawn.content, "base64").equals(await checkInQrPng(code!))).toBe(true);
    expect(await decodeQr(Buffer.from(drawn.content, "base64"))).toBe(code);
    // Answering again keeps the code.
    await answerInvitation(t.db, event.id, a.id, { ...accept, plusOneName: null, dietary: "vegetarian" }, { actor: guestActor });
    expect(await codeOf(a.id)).toBe(code);
  });

  it("comes with the acceptance's own write; a code another guest of the event holds is never given twice", async () => {
    const { event, guests: [a, b] } = await eventWithInvitedGuests(t.db, 2);
    // Free: the write sets the code it was given.
    const [free] = await t.db.update(invitations).set({ checkInCode: freshCheckInCode(event.id) }).where(eq(invitations.id, a.id)).returning();
    expect(normalizeCheckInCode(free.checkInCode ?? "")).toBe(free.checkInCode);
    // Taken: the write leaves the row without a code (ensureCheckInCode then draws another), never a duplicate.
    const drawn = free.checkInCode!;
    const [clash] = await t.db.update(invitations).set({ checkInCode: freshCheckInCode(event.id, drawn) }).where(eq(invitations.id, b.id)).returning();
    expect(clash.checkInCode).toBeNull();
    // b, still without one, accepts: the answer gives a code of its own.
    await answerInvitation(t.db, event.id, b.id, accept, { actor: guestActor });
    const code = await codeOf(b.id);
    expect(code).toMatch(/^[2-9A-HJKMNP-TW-Z]{8}$/);
    expect(code).not.toBe(drawn);
  });

  it("is unique per event, kept once given, and backfilled for guests who accepted without one", async () => {
    const { event, guests } = await eventWithInvitedGuests(t.db, 6);
    await t.db.update(invitations).set({ status: "accepted" }).where(eq(invitations.eventId, event.id));
    expect(await backfillCheckInCodes(t.db, event.id)).toBe(6);
    expect(await backfillCheckInCodes(t.db, event.id)).toBe(0);
    const codes = await Promise.all(guests.map((g) => codeOf(g.id)));
    expect(new Set(codes).size).toBe(6);
    const again = await ensureCheckInCode(t.db, { id: guests[0].id, eventId: event.id, checkInCode: null });
    expect(again).toBe(codes[0]);
  });

  it("marks an expected guest arrived once, however often scanned; refuses unknown codes and other events' codes", async () => {
    const { event, guests: [a] } = await eventWithInvitedGuests(t.db, 1);
    const other = await eventWithInvitedGuests(t.db, 1);
    await answerInvitation(t.db, event.id, a.id, accept, { actor: guestActor });
    const code = (await codeOf(a.id))!;
    const first = await checkInByCode(t.db, staff, event.id, code.toLowerCase());
    expect(first).toMatchObject({ kind: "arrived", invitationId: a.id, name: "Ms. Guest0 Family0000", already: false });
    expect(await checkInByCode(t.db, staff, event.id, code)).toMatchObject({ kind: "arrived", already: true });
    expect(await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, a.id), eq(auditLog.action, "invitation.checked_in")))).toHaveLength(1);
    await expect(checkInByCode(t.db, staff, other.event.id, code)).rejects.toThrow(/No guest of this event has the code/);
    await expect(checkInByCode(t.db, staff, event.id, "nonsense")).rejects.toThrow(/not a Convene check-in code/);
  });

  it("does not let in a guest who declined after accepting: the door is told to use Admit anyway", async () => {
    const { event, guests: [a] } = await eventWithInvitedGuests(t.db, 1);
    await answerInvitation(t.db, event.id, a.id, accept, { actor: guestActor });
    await answerInvitation(t.db, event.id, a.id, decline, { actor: guestActor });
    const result = await checkInByCode(t.db, staff, event.id, (await codeOf(a.id))!);
    expect(result).toMatchObject({ kind: "not-expected", invitationId: a.id });
    expect(result.kind === "not-expected" && result.message).toMatch(/declined.*Admit anyway/);
    expect((await t.db.select().from(invitations).where(eq(invitations.id, a.id)))[0].checkedInAt).toBeNull();
  });
});
