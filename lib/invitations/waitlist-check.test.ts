import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { invitations } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { checkWaitlistsNow, startWaitlistCheck, stopWaitlistCheck } from "./waitlist-check";
import { emailsTo, eventWithInvitedGuests, statusOf } from "./test-fixtures";

describe("the server's waitlist check", () => {
  const t = useTestDatabase();

  it("moves up, on its timer, a guest left waiting while a seat is free, sends the promotion email, and stops on a graceful stop", async () => {
    const { guests } = await eventWithInvitedGuests(t.db, 3, { capacity: 5 });
    await t.db.update(invitations).set({ status: "waitlisted", waitlistedAt: new Date() }).where(eq(invitations.id, guests[0].id));
    const deliver = vi.fn();
    startWaitlistCheck(20, { db: () => t.db, deliver });
    await expect.poll(() => statusOf(t.db, guests[0].id), { timeout: 30_000 }).toBe("accepted");
    await stopWaitlistCheck();
    expect(deliver).toHaveBeenCalled();
    expect(await emailsTo(t.db, guests[0].id, "answer")).toHaveLength(1);

    // Stopped: a line left stranded now stays until the next start.
    await t.db.update(invitations).set({ status: "waitlisted", waitlistedAt: new Date() }).where(eq(invitations.id, guests[1].id));
    await checkWaitlistsNow({ db: () => t.db, deliver });
    expect(await statusOf(t.db, guests[1].id)).toBe("waitlisted");
  });
});
