import { inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { invitations, users, verificationTokens } from "@/db/schema";
import type { Db } from "@/db/types";
import { authAdapter } from "@/lib/auth/adapter";
import { getAuthSecret } from "@/lib/auth/secret";
import { issueSignInLinkIfStaff } from "@/lib/auth/sign-in-link";
import { hashVerificationToken, newToken } from "@/lib/auth/tokens";
import { deliverDueEmails } from "@/lib/email/deliver";
import { resendTransport } from "@/lib/email/transports/resend";
import { answerInvitation } from "@/lib/invitations/answer";
import { findGuestByToken } from "@/lib/invitations/queries";
import { sendInvitations } from "@/lib/invitations/send";
import { guestActor, makeEvent, makeGuests, staff } from "@/lib/invitations/test-fixtures";
import { guestTokenFor, hashGuestToken, linkKeyFrom } from "@/lib/invitations/tokens";
import { useTestDatabase } from "@/lib/test/db";
import { startFakeResend, type FakeResend } from "@/lib/test/fake-resend";

// As production runs it: the secret in the environment, not in the database.
const SECRET = vi.hoisted(() => {
  const secret = "database-copy-test-secret-9f3c2a7e5b1d";
  vi.stubEnv("AUTH_SECRET", secret);
  return secret;
});

// postgres.js answers execute() with an array, PGlite with { rows }.
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows);

/** Every row of every table of the public schema, as text: what a backup, a replica or a support dump holds. */
async function dumpDatabase(db: Db): Promise<string[]> {
  const tables = rowsOf<{ table_name: string }>(
    await db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`),
  );
  const rows: string[] = [];
  for (const { table_name } of tables) {
    const result = rowsOf<{ row: string }>(await db.execute(sql`select row_to_json(t)::text as row from ${sql.identifier(table_name)} t`));
    for (const r of result) rows.push(`${table_name}: ${r.row}`);
  }
  return rows;
}

/** Every string in the dump that could be a token, a cookie, a link's secret part or a secret, decoded where it is encoded. */
function candidatesIn(texts: string[]): Set<string> {
  const found = new Set<string>();
  const scan = (text: string, depth: number) => {
    for (const m of text.matchAll(/[A-Za-z0-9_-]{16,}/g)) found.add(m[0]);
    // Percent-encoded query values and the bytes of base64 attachments.
    for (const m of text.matchAll(/(?:%[0-9A-Fa-f]{2}|[A-Za-z0-9_.~-])+/g)) {
      if (!m[0].includes("%")) continue;
      try {
        for (const part of decodeURIComponent(m[0]).split(/[^A-Za-z0-9_-]+/)) if (part.length >= 16) found.add(part);
      } catch {
        // Not valid percent-encoding: the raw run is already in.
      }
    }
    if (depth > 0) {
      for (const m of text.matchAll(/[A-Za-z0-9+/]{24,}={0,2}/g)) scan(Buffer.from(m[0], "base64").toString("utf8"), depth - 1);
    }
  };
  for (const text of texts) scan(text, 1);
  return found;
}

describe("a copy of the database, after a whole journey, opens nothing", () => {
  const t = useTestDatabase();
  let fake: FakeResend;
  const admin = { email: "director@example.org", id: "" };
  const real: { session: string; unusedSignIn: string; guests: string[] } = { session: "", unusedSignIn: "", guests: [] };
  let dump: string[] = [];
  let candidates: Set<string>;

  const deliver = () => deliverDueEmails(t.db, { transport: resendTransport({ apiKey: "re_test", baseUrl: fake.url }) });
  const emailsTo = (to: string) => fake.sent.filter((e) => e.to.includes(to));
  const tokenIn = (html: string, pattern: RegExp) => {
    const m = pattern.exec(html.replaceAll("&amp;", "&"));
    if (!m) throw new Error(`No link in: ${html.slice(0, 200)}`);
    return decodeURIComponent(m[1]);
  };

  beforeAll(async () => {
    fake = await startFakeResend();
    expect(await getAuthSecret(t.db)).toBe(SECRET);
    const adapter = authAdapter(t.db);
    const [user] = await t.db.insert(users).values({ email: admin.email, name: "The Director", role: "admin" }).returning();
    admin.id = user.id;

    // Sign-in: a link asked for, delivered and used, as Auth.js's email callback uses it.
    await issueSignInLinkIfStaff(t.db, { email: admin.email, callbackPath: "/staff" });
    await deliver();
    const used = tokenIn(emailsTo(admin.email)[0].html!, /[?&]token=([^&"]+)/);
    expect(await adapter.useVerificationToken!({ identifier: admin.email, token: hashVerificationToken(used, SECRET) })).not.toBeNull();
    const session = await adapter.createSession!({ sessionToken: newToken(), userId: admin.id, expires: new Date(Date.now() + 30 * 86_400_000) });
    real.session = session.sessionToken;

    // A second link, delivered and still unused: the most tempting row of all.
    await issueSignInLinkIfStaff(t.db, { email: admin.email, callbackPath: "/staff/users" });
    await deliver();
    real.unusedSignIn = tokenIn(emailsTo(admin.email)[1].html!, /[?&]token=([^&"]+)/);

    // Invitations sent; one guest answers from their email, which queues a confirmation and a reminder.
    const event = await makeEvent(t.db, { reminderHoursBefore: 48 });
    const guests = await makeGuests(t.db, event.id, 3);
    await sendInvitations(t.db, staff, event.id);
    await deliver();
    real.guests = guests.map((g) => tokenIn(emailsTo(g.person.email!)[0].html!, /\/rsvp\/([A-Za-z0-9_-]{43})/));
    const page = await findGuestByToken(t.db, real.guests[0]);
    await answerInvitation(t.db, event.id, page!.id, { answer: "accept", plusOneName: null, dietary: "Vegetarian", accessibility: null }, { actor: guestActor });
    await deliver();
    expect(emailsTo(guests[0].person.email!).map((e) => e.subject)).toHaveLength(2);

    dump = await dumpDatabase(t.db);
    candidates = candidatesIn(dump);
  });

  afterAll(async () => {
    await fake?.close();
    vi.unstubAllEnvs();
  });

  it("the journey left something to look at, and the checks below would see a real token", async () => {
    expect(dump.some((row) => row.startsWith("email_outbox: "))).toBe(true);
    expect(dump.some((row) => row.startsWith("sessions: "))).toBe(true);
    expect(candidates.size).toBeGreaterThan(20);
    // Positive controls: each check recognises the genuine article.
    expect(await authAdapter(t.db).getSessionAndUser!(real.session)).not.toBeNull();
    expect(await verificationRowsFor(t.db, [real.unusedSignIn])).toHaveLength(1);
    expect(await findGuestByToken(t.db, real.guests[1])).not.toBeNull();
    expect(await guestsOpenedWithSecret(t.db, SECRET)).toBeGreaterThan(0);
  });

  it("no string in it opens a staff session", async () => {
    const adapter = authAdapter(t.db);
    const opened: string[] = [];
    for (const candidate of candidates) if (await adapter.getSessionAndUser!(candidate)) opened.push(candidate);
    expect(opened).toEqual([]);
  });

  it("no string in it signs anyone in", async () => {
    expect(await verificationRowsFor(t.db, [...candidates])).toEqual([]);
  });

  it("no string in it answers for a guest", async () => {
    const opened: string[] = [];
    for (const candidate of candidates) if (await findGuestByToken(t.db, candidate)) opened.push(candidate);
    expect(opened).toEqual([]);
  });

  it("no string in it is the secret that derives guests' links", async () => {
    const secrets: string[] = [];
    for (const candidate of candidates) if ((await guestsOpenedWithSecret(t.db, candidate)) > 0) secrets.push(candidate);
    expect(secrets).toEqual([]);
  });

  it("and the real links are nowhere in it, in any encoding", () => {
    for (const token of [real.session, real.unusedSignIn, ...real.guests]) {
      expect(candidates.has(token), "a live token in the dump").toBe(false);
      expect(dump.some((row) => row.includes(token))).toBe(false);
    }
  });
});

/** Rows Auth.js's email callback would accept for these tokens (it looks up SHA-256 of token + secret). */
async function verificationRowsFor(db: Db, tokens: string[]) {
  if (tokens.length === 0) return [];
  const hashes = tokens.map((token) => hashVerificationToken(token, SECRET));
  return db.select().from(verificationTokens).where(inArray(verificationTokens.token, hashes));
}

/** How many guests' links someone holding `secret` could derive from the invitations table. */
async function guestsOpenedWithSecret(db: Db, secret: string): Promise<number> {
  const rows = await db.select({ id: invitations.id, nonce: invitations.linkNonce, tokenHash: invitations.tokenHash }).from(invitations);
  const key = linkKeyFrom(secret);
  return rows.filter((r) => r.nonce && r.tokenHash === hashGuestToken(guestTokenFor(key, r.id, r.nonce))).length;
}
