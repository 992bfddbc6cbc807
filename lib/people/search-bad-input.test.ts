import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { searchOrganizations } from "@/lib/reference-data/queries";
import { listDevMailbox } from "@/lib/email/queries";
import { parseArchiveFilter } from "@/lib/events/archive-schema";
import { searchArchive } from "@/lib/events/archive-queries";
import { listEventsForStaff } from "@/lib/events/staff-queries";
import { listGuests } from "@/lib/invitations/queries";
import { makeEvent } from "@/lib/invitations/test-fixtures";
import { nastyString, runs } from "@/lib/test/bad-input";
import { useTestDatabase } from "@/lib/test/db";
import { findMergeCandidates, listPeopleForExport, searchPeople } from "./queries";

// Every search box and address filter, with anything typed or pasted into it.
// A NUL byte once failed each of these queries (PostgreSQL text cannot hold one).

describe("searches: bad input", () => {
  const t = useTestDatabase();

  it("any search text finds something or nothing, and never fails", async () => {
    const event = await makeEvent(t.db);
    const person = "00000000-0000-4000-8000-000000000001";
    await fc.assert(
      fc.asyncProperty(nastyString, async (q) => {
        const results = await Promise.all([
          searchPeople(t.db, { q, limit: 5 }),
          listPeopleForExport(t.db, { q: q.slice(0, 200) }),
          findMergeCandidates(t.db, { q, excludeId: person }),
          searchOrganizations(t.db, { q }),
          listEventsForStaff(t.db, { filter: "upcoming", q: q.slice(0, 100) }),
          listGuests(t.db, event.id, { q: q.slice(0, 200) }),
          searchArchive(t.db, parseArchiveFilter({ q })),
          listDevMailbox(t.db, { to: q }),
        ]);
        expect(results).toHaveLength(8);
      }),
      runs(30),
    );
  });
});
