import { describe, expect, it } from "vitest";
import { users, verificationTokens } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { signInLinkFailure } from "./link-state";
import { getAuthSecret } from "./secret";
import { hashVerificationToken, newToken } from "./tokens";

describe("why a sign-in link cannot be used", () => {
  const t = useTestDatabase();

  it("tells a working link from a used one and an expired one, changing nothing", async () => {
    await t.db.insert(users).values({ email: "omar@example.org", name: "Omar", role: "viewer" });
    const secret = await getAuthSecret(t.db);
    const now = new Date("2026-11-28T10:00:00Z");
    const working = newToken();
    const old = newToken();
    await t.db.insert(verificationTokens).values([
      { identifier: "omar@example.org", token: hashVerificationToken(working, secret), expires: new Date(now.getTime() + 60_000) },
      { identifier: "omar@example.org", token: hashVerificationToken(old, secret), expires: new Date(now.getTime() - 60_000) },
    ]);
    expect(await signInLinkFailure(t.db, { email: "omar@example.org", token: working, now })).toBeNull();
    expect(await signInLinkFailure(t.db, { email: "omar@example.org", token: old, now })).toBe("LinkExpired");
    // Auth.js deletes a link when it is used: gone reads as used.
    expect(await signInLinkFailure(t.db, { email: "omar@example.org", token: newToken(), now })).toBe("LinkUsed");
    // A working token offered for another address is not that address's link.
    expect(await signInLinkFailure(t.db, { email: "someone@example.org", token: working, now })).toBe("LinkUsed");
    expect(await t.db.select().from(verificationTokens)).toHaveLength(2);
  });
});
