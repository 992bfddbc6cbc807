import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sessions, users } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { authAdapter } from "./adapter";
import { hashSessionToken, newToken } from "./tokens";

describe("staff sessions as the database keeps them", () => {
  const t = useTestDatabase();
  const later = (days: number) => new Date(Date.now() + days * 86_400_000);

  async function staffMember(email: string) {
    const [user] = await t.db.insert(users).values({ email, name: "Amaka Obi", role: "editor" }).returning();
    return user;
  }

  it("stores the hash of the token, and hands Auth.js the token for the cookie", async () => {
    const user = await staffMember("amaka@example.org");
    const token = newToken();
    const created = await authAdapter(t.db).createSession!({ sessionToken: token, userId: user.id, expires: later(30) });
    expect(created.sessionToken).toBe(token);
    const [row] = await t.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(row.sessionToken).toBe(hashSessionToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it("opens the session with the cookie's token, and nothing with what the row holds", async () => {
    const user = await staffMember("kofi@example.org");
    const adapter = authAdapter(t.db);
    const token = newToken();
    await adapter.createSession!({ sessionToken: token, userId: user.id, expires: later(30) });
    const found = await adapter.getSessionAndUser!(token);
    expect(found?.user.email).toBe("kofi@example.org");
    expect(found?.session.sessionToken).toBe(token);
    const [row] = await t.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(await adapter.getSessionAndUser!(row.sessionToken)).toBeNull();
  });

  it("extends and ends the session by the cookie's token", async () => {
    const user = await staffMember("ines@example.org");
    const adapter = authAdapter(t.db);
    const token = newToken();
    await adapter.createSession!({ sessionToken: token, userId: user.id, expires: later(1) });
    const updated = await adapter.updateSession!({ sessionToken: token, expires: later(30) });
    expect(updated?.sessionToken).toBe(token);
    const [row] = await t.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(row.sessionToken).toBe(hashSessionToken(token));
    expect(row.expires.getTime()).toBeGreaterThan(later(29).getTime());
    await adapter.deleteSession!(token);
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
    expect(await adapter.getSessionAndUser!(token)).toBeNull();
  });

  it("a session stored before tokens were hashed opens nothing: everyone signs in again once", async () => {
    const user = await staffMember("old@example.org");
    const token = newToken();
    await t.db.insert(sessions).values({ sessionToken: token, userId: user.id, expires: later(30) });
    expect(await authAdapter(t.db).getSessionAndUser!(token)).toBeNull();
  });
});
