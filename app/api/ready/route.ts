import { getDb } from "@/db";
import { readiness, readinessResponse } from "@/lib/health";
import { isStopping } from "@/lib/lifecycle";

// Readiness: the database answers, its migrations are current, the process is not stopping (lib/health.ts).
export const dynamic = "force-dynamic";

export async function GET() {
  return readinessResponse(await readiness(getDb, { stopping: isStopping() }));
}
