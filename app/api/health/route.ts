import { healthResponse } from "@/lib/health";

// Liveness: the process answers. It asks nothing of the database (lib/health.ts).
export const dynamic = "force-dynamic";

export function GET() {
  return healthResponse();
}
