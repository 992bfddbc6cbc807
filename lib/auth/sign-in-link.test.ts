import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { emailOutbox, users, verificationTokens } from "@/db/schema";
import { storedProps } from "@/lib/email/sealed-links";
import { useTestDatabase } from "@/lib/test/db";
import { getAuthSecret } from "./secret";
import { checkSignInRateLimits, issueSignInLinkIfStaff, LINKS_PER_ADDRESS_PER_HOUR, LINKS_PER_IP_PER_HOUR } from "./sign-in-link";
import { hashVerificationToken } from "./tokens";

describe("sign-in links", () => {
  const t = useTestDatabase();

  it("for a staff address: a hashed token and one queued email, written together", async () => {
    await t.db.insert(users).values({ email: "ines@example.org", name: "Ines", role: "editor" });
    const now = new Date("2026-11-28T10:00:00Z");
    expect(await issueSignInLinkIfStaff(t.db, { email: "ines@example.org", callbackPath: "/staff/users", now })).toEqual({ issued: true });
    const [outbox] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "ines@example.org"));
    expect(outbox.template).toBe("sign-in");
    // Sealed in the row (lib/email/sealed-links.ts); opened here as the deliverer opens it.
    const url = new URL(String((await storedProps(t.db, outbox)).url));
    expect(url.pathname).toBe("/sign-in/verify");
    expect(url.searchParams.get("callbackUrl")).toBe("/staff/users");
    const token = url.searchParams.get("token")!;
    expect(JSON.stringify(outbox)).not.toContain(token);
    const [stored] = await t.db.select().from(verificationTokens).where(eq(verificationTokens.identifier, "ines@example.org"));
    // Only the hash is stored, and it is the hash Auth.js will check.
    expect(stored.token).not.toContain(token);
    expect(stored.token).toBe(hashVerificationToken(token, await getAuthSecret(t.db)));
    expect(stored.expires.getTime() - now.getTime()).toBe(10 * 60_000);
  });

  it("for any other address: nothing at all", async () => {
    expect(await issueSignInLinkIfStaff(t.db, { email: "stranger@example.org", callbackPath: "/staff" })).toEqual({ issued: false });
    expect(await t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "stranger@example.org"))).toEqual([]);
    expect(await t.db.select().from(verificationTokens).where(eq(verificationTokens.identifier, "stranger@example.org"))).toEqual([]);
  });

  it("counts five links an hour per address, known or not, and then only marks the address as limited", async () => {
    const now = new Date("2026-11-28T11:00:00Z");
    for (let i = 0; i < LINKS_PER_ADDRESS_PER_HOUR; i++) {
      expect(await checkSignInRateLimits(t.db, "nobody@example.org", `10.0.0.${i}`, now)).toEqual({ allowed: true, addressLimited: false });
    }
    expect(await checkSignInRateLimits(t.db, "nobody@example.org", "10.0.0.99", now)).toEqual({ allowed: true, addressLimited: true });
  });

  it("someone asking for a staff member's links cannot lock them out: the last link keeps working, and a new one comes once it has expired", async () => {
    await t.db.insert(users).values({ email: "target@example.org", name: "Target", role: "viewer" });
    const sent = async () => (await t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "target@example.org"))).length;
    // What the sign-in page does for each ask: the limits, then (after the answer) the link.
    const ask = async (ip: string, now: Date) => {
      const limit = await checkSignInRateLimits(t.db, "target@example.org", ip, now);
      if (!limit.allowed) return "refused";
      const { issued } = await issueSignInLinkIfStaff(t.db, { email: "target@example.org", callbackPath: "/staff", now, addressLimited: limit.addressLimited });
      return issued ? "sent" : "kept";
    };
    const start = new Date("2026-11-28T13:00:00Z");
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    // The nuisance asks five times from around the world...
    for (let i = 0; i < LINKS_PER_ADDRESS_PER_HOUR; i++) expect(await ask(`203.0.113.${i}`, at(0))).toBe("sent");
    expect(await sent()).toBe(5);
    // ...and again: nothing more is sent while the last link still works, and it does.
    expect(await ask("203.0.113.50", at(1))).toBe("kept");
    expect(await ask("198.51.100.7", at(2))).toBe("kept");
    expect(await sent()).toBe(5);
    const working = await t.db.select().from(verificationTokens).where(eq(verificationTokens.identifier, "target@example.org"));
    expect(working.some((w) => w.expires > at(2))).toBe(true);
    // Half an hour later every link has expired: the staff member asks, and gets one.
    expect(await ask("198.51.100.7", at(30))).toBe("sent");
    expect(await sent()).toBe(6);
  });

  it("allows twenty links an hour per IP address", async () => {
    const now = new Date("2026-11-28T12:00:00Z");
    for (let i = 0; i < LINKS_PER_IP_PER_HOUR; i++) {
      expect((await checkSignInRateLimits(t.db, `person${i}@example.org`, "192.0.2.7", now)).allowed).toBe(true);
    }
    const refused = await checkSignInRateLimits(t.db, "another@example.org", "192.0.2.7", now);
    expect(refused).toEqual({ allowed: false, retryAfterMs: 3_600_000 });
  });
});
