import { describe, expect, it } from "vitest";
import { listGuests, listGuestsForExport } from "@/lib/invitations/queries";
import { useTestDatabase } from "@/lib/test/db";
import { byPrecedence } from "./precedence";
import { loadPlanGuests } from "./plan-rows";
import { dinnerWith } from "./test-fixtures";

describe("lists sorted by precedence in the database", () => {
  const t = useTestDatabase();

  it("sort the guest list and the export as the pure rules do; family name stays the default", async () => {
    const { event } = await dinnerWith(t.db, [
      { name: "Cy Scholar", precedenceClass: "academic_or_civil_society" },
      { name: "Ann Late", precedenceClass: "ambassador", credentialsDate: "2023-01-01" },
      { name: "Bo Early", precedenceClass: "ambassador", credentialsDate: "2015-01-01" },
      { name: "Zed Unknown", precedenceClass: "ambassador" },
      { name: "Mia Minister", precedenceClass: "minister" },
      { name: "No Rank" },
      { name: "Sam Staff", precedenceClass: "staff" },
      { name: "Dee Deputy", precedenceClass: "deputy_permanent_representative", credentialsDate: "2010-01-01" },
    ]);
    const expected = ["Minister", "Early", "Late", "Unknown", "Deputy", "Scholar", "Rank", "Staff"];
    expect(byPrecedence(await loadPlanGuests(t.db, event.id)).map((g) => g.familyName)).toEqual(expected);
    expect((await listGuests(t.db, event.id, { sort: "precedence" })).rows.map((r) => r.familyName)).toEqual(expected);
    expect((await listGuestsForExport(t.db, event.id, "precedence")).map((r) => r.familyName)).toEqual(expected);
    expect((await listGuests(t.db, event.id)).rows.map((r) => r.familyName)).toEqual(["Deputy", "Early", "Late", "Minister", "Rank", "Scholar", "Staff", "Unknown"]);
  });
});
