import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog, sessions, users } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { signOutEveryoneElse } from "./mutations";
import { signOutEveryoneSchema } from "./schema";

describe("signing everyone out", () => {
  const t = useTestDatabase();

  it("ends every session but the acting admin's own, and says so in the audit log", async () => {
    const [admin, editor, viewer] = await t.db
      .insert(users)
      .values([
        { email: "admin-so@example.org", name: "Admin", role: "admin" },
        { email: "editor-so@example.org", name: "Editor", role: "editor" },
        { email: "viewer-so@example.org", name: "Viewer", role: "viewer" },
      ])
      .returning();
    const tomorrow = new Date(Date.now() + 86_400_000);
    await t.db.insert(sessions).values([
      { sessionToken: "admin-laptop", userId: admin.id, expires: tomorrow },
      { sessionToken: "admin-phone", userId: admin.id, expires: tomorrow },
      { sessionToken: "editor-laptop", userId: editor.id, expires: tomorrow },
      { sessionToken: "editor-phone", userId: editor.id, expires: tomorrow },
      { sessionToken: "viewer-laptop", userId: viewer.id, expires: tomorrow },
    ]);
    const actor = { kind: "staff", id: admin.id, label: "Admin" } as const;
    expect(await signOutEveryoneElse(t.db, actor)).toEqual({ sessions: 3, people: 2 });
    const left = await t.db.select({ token: sessions.sessionToken }).from(sessions);
    expect(left.map((s) => s.token).sort()).toEqual(["admin-laptop", "admin-phone"]);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "staff.signed_out_everyone"));
    expect(entry).toMatchObject({ actorId: admin.id, actorLabel: "Admin", after: { sessionsEnded: 3, peopleSignedOut: 2 } });
  });

  it("needs the confirmation the dialog sends", () => {
    expect(signOutEveryoneSchema.safeParse({}).success).toBe(false);
    expect(signOutEveryoneSchema.safeParse({ confirm: "yes" }).success).toBe(false);
    expect(signOutEveryoneSchema.safeParse({ confirm: "sign-out-everyone" }).success).toBe(true);
  });
});
