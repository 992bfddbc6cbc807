import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { getCurrentStaff } from "@/lib/auth/session";
import { peopleToCsv } from "@/lib/people/csv";
import { listPeopleForExport } from "@/lib/people/queries";

// Always per request: the answer depends on who asks and on today's directory.
export const dynamic = "force-dynamic";

/** The directory (or the current search) as a CSV file. Checks the session itself: a route handler has no layout in front of it. */
export async function GET(request: Request) {
  const staff = await getCurrentStaff();
  if (!staff) return new Response("Sign in to export people.", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (!hasRole(staff.role, "viewer")) return new Response("You do not have permission to export people.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });

  const q = (new URL(request.url).searchParams.get("q") ?? "").trim().slice(0, 200);
  const people = await listPeopleForExport(getDb(), { q });
  const date = new Date().toISOString().slice(0, 10);
  const filename = q ? `people-search-${date}.csv` : `people-${date}.csv`;
  return new Response(peopleToCsv(people), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
