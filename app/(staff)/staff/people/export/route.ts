import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { getCurrentStaff } from "@/lib/auth/session";
import { peopleToCsv } from "@/lib/people/csv";
import { listPeopleForExport } from "@/lib/people/queries";
import { ORGANIZATION_KINDS } from "@/lib/reference-data/schema";
import { parseId } from "@/lib/ids";
import { getContactList, peopleFilterCondition, type PeopleFilter } from "@/lib/people/lists";
import { tagsOfPeople } from "@/lib/people/tags";

// Always per request: the answer depends on who asks and on today's directory.
export const dynamic = "force-dynamic";

/** The directory (or the current search) as a CSV file. Checks the session itself: a route handler has no layout in front of it. */
export async function GET(request: Request) {
  const staff = await getCurrentStaff();
  if (!staff) return new Response("Sign in to export people.", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (!hasRole(staff.role, "viewer")) return new Response("You do not have permission to export people.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });

  const params = new URL(request.url).searchParams;
  const q = (params.get("q") ?? "").trim().slice(0, 200);
  const kind = params.get("kind") ?? "";
  // The people page's filters, so "Export CSV" gives what the page shows; a list's members are ?list=<id>.
  const filter: PeopleFilter = {
    tagId: parseId(params.get("tag")) ?? undefined,
    listId: parseId(params.get("list")) ?? undefined,
    organizationKind: (ORGANIZATION_KINDS as readonly string[]).includes(kind) ? (kind as PeopleFilter["organizationKind"]) : undefined,
  };
  const db = getDb();
  const people = await listPeopleForExport(db, { q, filter: await peopleFilterCondition(db, filter) });
  const tags = await tagsOfPeople(db, people.map((p) => p.id));
  const list = filter.listId ? await getContactList(db, filter.listId) : null;
  const date = new Date().toISOString().slice(0, 10);
  const slug = list ? `list-${list.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "members"}` : q || filter.tagId || filter.organizationKind ? "people-search" : "people";
  const filename = `${slug}-${date}.csv`;
  return new Response(peopleToCsv(people, { tags }), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
