import { redirect } from "next/navigation";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Db } from "@/db/types";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/db/unavailable";
import { DomainError } from "@/lib/errors";
import { retryEmail } from "@/lib/email/mutations";
import { makeEvent, makeGuests, staff as systemStaff, tokenFromOutbox } from "@/lib/invitations/test-fixtures";
import { sendInvitations } from "@/lib/invitations/send";
import { useTestDatabase } from "@/lib/test/db";

// The wrappers read the session, the database and the request through these;
// delivery is watched, not run (the outbox is what a test reads).
const seen = vi.hoisted(() => ({ db: null as unknown, staff: null as unknown, address: "203.0.113.9", delivered: 0 }));
vi.mock("@/db", () => ({ getDb: () => seen.db }));
vi.mock("@/lib/auth/session", () => ({
  getCurrentStaff: async () => seen.staff,
  staffActor: (s: { email: string }) => ({ kind: "staff", label: s.email }),
}));
vi.mock("@/lib/client-address", () => ({ requestClientAddress: async () => seen.address }));
vi.mock("@/lib/email/trigger", () => ({ deliverSoon: () => void seen.delivered++ }));

const { readPublicPagesVersion } = await import("@/lib/public-cache/version");
const { publicCache } = await import("@/lib/public-cache/state");
const { guestAction, LINK_GONE, publicAction, staffAction, UNEXPECTED, UNREADABLE } = await import("./safe-action");

const t = useTestDatabase();
const editor = { id: "u1", email: "editor@institute.example", name: "Editor", role: "editor" as const };
const outage = () => Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
/** A database whose every use fails as an unreachable one does. */
const unreachable = new Proxy({}, { get: () => { throw outage(); } }) as Db;

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

beforeEach(() => {
  seen.db = t.db;
  seen.staff = editor;
  seen.delivered = 0;
});

describe("staffAction", () => {
  const idForm = z.object({ eventId: z.uuid("Unknown event") });

  it("checks the session and the role before anything else", async () => {
    const act = staffAction("admin", idForm, async () => ({ ok: true }));
    expect(await act(null, form({ eventId: crypto.randomUUID() }))).toEqual({ ok: false, formError: "You do not have permission to do this." });
    seen.staff = null;
    expect(await act(null, form({ eventId: crypto.randomUUID() }))).toMatchObject({ ok: false, formError: expect.stringMatching(/session has ended/) });
    expect(await act(null, "not a form" as unknown as FormData)).toBe(UNREADABLE);
  });

  it("refuses an id that is not one next to its field, before any query", async () => {
    const handler = vi.fn(async () => ({ ok: true as const }));
    const result = await staffAction("editor", idForm, handler)(null, form({ eventId: "1 or 1=1" }));
    expect(result).toEqual({ ok: false, fieldErrors: { eventId: "Unknown event" }, values: { eventId: "1 or 1=1" } });
    expect(handler).not.toHaveBeenCalled();
  });

  it("starts delivery when the handler queued email, and only then", async () => {
    const event = await makeEvent(t.db);
    await makeGuests(t.db, event.id, 2);
    const send = staffAction("editor", idForm, async ({ eventId }, { db, actor }) => {
      const { sent } = await sendInvitations(db, actor, eventId);
      return { ok: true, message: `${sent} sent` };
    });
    expect(await send(null, form({ eventId: event.id }))).toEqual({ ok: true, message: "2 sent" });
    expect(seen.delivered).toBe(1);
    // Nothing left to send: nothing queued, no delivery.
    expect(await send(null, form({ eventId: event.id }))).toEqual({ ok: true, message: "0 sent" });
    expect(seen.delivered).toBe(1);
  });

  it("delivers after a redirect (the change committed) but not after a refusal (it rolled back)", async () => {
    const event = await makeEvent(t.db);
    await makeGuests(t.db, event.id, 1);
    const refused = staffAction("editor", idForm, async ({ eventId }, { db, actor }) =>
      db.transaction(async (tx) => {
        await sendInvitations(tx, actor, eventId);
        throw new DomainError("Not now.", "eventId");
      }),
    );
    expect(await refused(null, form({ eventId: event.id }))).toEqual({ ok: false, fieldErrors: { eventId: "Not now." }, values: { eventId: event.id } });
    expect(seen.delivered).toBe(0);
    const redirecting = staffAction("editor", idForm, async ({ eventId }, { db, actor }) => {
      await sendInvitations(db, actor, eventId);
      redirect(`/staff/events/${eventId}`);
    });
    await expect(redirecting(null, form({ eventId: event.id }))).rejects.toThrow("NEXT_REDIRECT");
    expect(seen.delivered).toBe(1);
  });

  it("gives the public pages a new version after a change, and after a redirect, but not after a refusal", async () => {
    const version = () => readPublicPagesVersion(t.db);
    const before = await version();
    const { store } = publicCache();
    store.set("/events", { status: 200, headers: [], body: new Uint8Array(1), renderNonce: null, storedAt: Date.now(), bytes: 1 }, store.generation);
    expect(await staffAction("editor", idForm, async () => ({ ok: true }))(null, form({ eventId: crypto.randomUUID() }))).toEqual({ ok: true });
    const changed = await version();
    expect(changed).not.toBe(before);
    // This process drops its cached pages at once.
    expect(store.get("/events", Date.now())).toBeUndefined();

    await expect(staffAction("editor", idForm, async () => redirect("/staff/events"))(null, form({ eventId: crypto.randomUUID() }))).rejects.toThrow();
    const redirected = await version();
    expect(redirected).not.toBe(changed);

    const refused = staffAction("editor", idForm, async () => {
      throw new DomainError("This event no longer exists.");
    });
    expect(await refused(null, form({ eventId: crypto.randomUUID() }))).toMatchObject({ ok: false });
    expect(await staffAction("editor", idForm, async () => ({ ok: true }))(null, form({ eventId: "not an id" }))).toMatchObject({ ok: false });
    expect(await version()).toBe(redirected);
  });

  it("counts an email put back in the queue as queued", async () => {
    const act = staffAction("editor", z.object({ id: z.uuid() }), async ({ id }, { db }) => ({ ok: true, message: String(await retryEmail(db, id)) }));
    expect(await act(null, form({ id: crypto.randomUUID() }))).toEqual({ ok: true, message: "false" });
    expect(seen.delivered).toBe(0);
  });

  it("says the database is out of reach, keeps what was typed, and never shows an exception's message", async () => {
    const down = staffAction("editor", idForm, async () => {
      throw outage();
    });
    const id = crypto.randomUUID();
    expect(await down(null, form({ eventId: id }))).toEqual({ ok: false, formError: DATABASE_UNAVAILABLE_MESSAGE, values: { eventId: id } });
    const broken = staffAction("editor", idForm, async () => {
      throw new Error("relation \"secret\" does not exist");
    });
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await broken(null, form({ eventId: id }))).toEqual({ ok: false, formError: UNEXPECTED, values: { eventId: id } });
  });
});

describe("guestAction", () => {
  const note = z.object({ note: z.string().max(5, "Too long") });

  async function invitedGuest() {
    const event = await makeEvent(t.db);
    const [guest] = await makeGuests(t.db, event.id, 1);
    await sendInvitations(t.db, systemStaff, event.id);
    return { guest, token: await tokenFromOutbox(t.db, guest.id) };
  }

  it("opens the invitation the link names and hands it to the handler", async () => {
    const { guest, token } = await invitedGuest();
    const act = guestAction(note, async ({ note: text }, ctx) => ({ ok: true, message: `${ctx.guest.id} ${ctx.token === token} ${text}` }));
    expect(await act(null, form({ token, note: "hi" }))).toEqual({ ok: true, message: `${guest.id} true hi` });
    expect(await act(null, form({ token, note: "far too long" }))).toEqual({ ok: false, fieldErrors: { note: "Too long" }, values: { token, note: "far too long" } });
  });

  it("tells a guest whose link opens nothing that it no longer works", async () => {
    const handler = vi.fn(async () => ({ ok: true as const }));
    const act = guestAction(note, handler);
    expect(await act(null, form({ token: "A".repeat(43), note: "hi" }))).toEqual({ ok: false, formError: LINK_GONE });
    expect(await act(null, form({ note: "hi" }))).toEqual({ ok: false, formError: LINK_GONE });
    expect(handler).not.toHaveBeenCalled();
  });

  it("picks the schema from what was sent", async () => {
    const { token } = await invitedGuest();
    const act = guestAction(
      (values) => (values.kind === "short" ? note : z.object({ note: z.string() })),
      async ({ note: text }) => ({ ok: true, message: text }),
    );
    expect(await act(null, form({ token, kind: "short", note: "far too long" }))).toMatchObject({ ok: false, fieldErrors: { note: "Too long" } });
    expect(await act(null, form({ token, kind: "long", note: "far too long" }))).toEqual({ ok: true, message: "far too long" });
  });

  it("counts the attempt before the handler, and a refusal from the limit reads as one", async () => {
    const { token } = await invitedGuest();
    const handler = vi.fn(async () => ({ ok: true as const }));
    const act = guestAction(note, handler, {
      limit: async () => {
        throw new DomainError("Please try again in a minute.");
      },
    });
    expect(await act(null, form({ token, note: "hi" }))).toEqual({ ok: false, formError: "Please try again in a minute.", values: { token, note: "hi" } });
    expect(handler).not.toHaveBeenCalled();
  });

  it("says the database is out of reach when the link cannot be looked up", async () => {
    seen.db = unreachable;
    vi.spyOn(console, "error").mockImplementation(() => {});
    const act = guestAction(note, async () => ({ ok: true }));
    const token = "A".repeat(43);
    expect(await act(null, form({ token, note: "hi" }))).toEqual({ ok: false, formError: DATABASE_UNAVAILABLE_MESSAGE, values: { token, note: "hi" } });
  });
});

describe("publicAction", () => {
  const email = z.object({ email: z.email("Enter an email address") });

  it("hands the handler the client's address and starts delivery for what it queued", async () => {
    const event = await makeEvent(t.db);
    await makeGuests(t.db, event.id, 1);
    const act = publicAction(email, async (input, { db, clientAddress }) => {
      await sendInvitations(db, systemStaff, event.id);
      return { ok: true, message: `${input.email} from ${clientAddress}` };
    });
    expect(await act(null, form({ email: "a@example.org" }))).toEqual({ ok: true, message: "a@example.org from 203.0.113.9" });
    expect(seen.delivered).toBe(1);
  });

  it("answers from screen before parsing, refuses bad input by field, and limits before the handler", async () => {
    const handler = vi.fn(async () => ({ ok: true as const, message: "done" }));
    const limit = vi.fn(async (_input: { email: string }, ctx: { clientAddress: string }) => {
      if (ctx.clientAddress === "198.51.100.1") throw new DomainError("Too many.");
    });
    const act = publicAction(email, handler, { screen: (values) => (values.website ? { ok: true, message: "done" } : undefined), limit });
    expect(await act(null, form({ website: "x", email: "nonsense" }))).toEqual({ ok: true, message: "done" });
    expect(await act(null, form({ email: "nonsense" }))).toEqual({ ok: false, fieldErrors: { email: "Enter an email address" }, values: { email: "nonsense" } });
    expect(handler).not.toHaveBeenCalled();
    seen.address = "198.51.100.1";
    expect(await act(null, form({ email: "a@example.org" }))).toEqual({ ok: false, formError: "Too many.", values: { email: "a@example.org" } });
    expect(handler).not.toHaveBeenCalled();
    seen.address = "203.0.113.9";
    expect(await act(null, form({ email: "a@example.org" }))).toEqual({ ok: true, message: "done" });
  });

  it("says the database is out of reach", async () => {
    seen.db = unreachable;
    vi.spyOn(console, "error").mockImplementation(() => {});
    const act = publicAction(email, async (_input, { db }) => {
      await db.execute("select 1");
      return { ok: true };
    });
    expect(await act(null, form({ email: "a@example.org" }))).toEqual({ ok: false, formError: DATABASE_UNAVAILABLE_MESSAGE, values: { email: "a@example.org" } });
  });
});
