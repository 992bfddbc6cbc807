import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { events } from "@/db/schema";
import { seed } from "@/db/seed/seed";
import { SEATED_DINNER_TITLE } from "@/db/seed/seating-demo";
import { staff } from "@/lib/invitations/test-fixtures";
import { useTestDatabase } from "@/lib/test/db";
import { seatByProtocol } from "./mutations";
import { getSeatingPlan } from "./queries";

describe("the demo's seated dinner", () => {
  const t = useTestDatabase();

  it("loads unseated, with hosts, a guest of honour and ranks, and one click of Seat by protocol seats everyone", async () => {
    await seed(t.db);
    const [dinner] = await t.db.select().from(events).where(eq(events.title, SEATED_DINNER_TITLE));
    const before = (await getSeatingPlan(t.db, dinner.id))!;
    expect(before.seatingEnabled).toBe(true);
    expect(before.tables.map((x) => [x.label, x.seats, x.isHead])).toEqual([
      ["Head table", 10, true],
      ["1", 10, false],
      ["2", 10, false],
      ["3", 10, false],
    ]);
    expect(before.order).toHaveLength(38);
    expect(before.order.filter((g) => g.seatingRole === "host")).toHaveLength(2);
    expect(before.order.filter((g) => g.seatingRole === "guest_of_honour")).toHaveLength(1);
    expect(before.unseated).toHaveLength(40);

    await seatByProtocol(t.db, staff, { eventId: dinner.id, version: before.version });
    const after = (await getSeatingPlan(t.db, dinner.id))!;
    expect(after.unseated).toEqual([]);
    const head = after.tables[0].places.map((p) => p.occupant?.name);
    expect(head[0]).toBe("Ms. Ingrid Halvorsen");
    expect(head[5]).toBe("Mr. Daniel Okonkwo-Reyes");
    expect(head[9]).toBe("H.E. Ms. Aino Virtanen");
    expect(after.lastProtocol?.explanations.some((e) => /moves? to keep delegations apart/.test(e))).toBe(true);
  });
});
