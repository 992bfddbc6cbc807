import { sql } from "drizzle-orm";
import { databaseHandle } from "@/db";
import { env } from "@/lib/env";

// Whether this server process has lately failed to reach PostgreSQL. Kept on
// globalThis: instrumentation, pages and proxy.ts are separate bundles of one process.
type Health = { downSince: number | null; probe: Promise<boolean> | null };
const holder = globalThis as unknown as { __convene_db_health?: Health };
const health = (holder.__convene_db_health ??= { downSince: null, probe: null });

/** instrumentation.ts calls this when a request failed because the database was out of reach. */
export function noteDatabaseUnavailable(): void {
  health.downSince ??= Date.now();
}

/**
 * Whether pages can be rendered now: true at no cost while nothing has
 * failed (unless `check`); once something has, one `select 1` at a time
 * decides (the connect timeout bounds it), and the first success clears the alarm.
 */
export async function databaseReachable(check = false): Promise<boolean> {
  if (!env.DATABASE_URL || (health.downSince === null && !check)) return true;
  health.probe ??= databaseHandle()
    .db.execute(sql`select 1`)
    .then(
      () => {
        health.downSince = null;
        return true;
      },
      () => {
        noteDatabaseUnavailable();
        return false;
      },
    )
    .finally(() => {
      // Requests arriving together share the answer; the next one asks again.
      health.probe = null;
    });
  return health.probe;
}

/**
 * The page for a database outage, rendered without React or the database:
 * what a browser without JavaScript (or a monitor) gets instead of an empty
 * error document, with 503 and a time to come back.
 */
export function databaseUnavailableResponse(method = "GET"): Response {
  // A form sent without JavaScript: it was not saved, and going back keeps what was typed.
  const sent = method !== "GET" && method !== "HEAD";
  const words = sent
    ? "What you sent was not saved. This is on our side, not yours, and usually passes within a minute: go back and send it again in a minute."
    : "This is on our side, not yours, and usually passes within a minute. Nothing you entered has been lost. Please try again in a minute.";
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>Convene can't reach its database</title></head>
<body style="font-family:system-ui,sans-serif;color:#14213d;background:#faf8f4;margin:0;padding:4rem 1.5rem;text-align:center">
<main>
<p style="text-transform:uppercase;letter-spacing:.2em;font-size:.75rem;font-weight:600;color:#9b2226">Temporarily unavailable</p>
<h1 style="font-family:Georgia,serif;font-size:2.25rem;font-weight:400">Convene can't reach its database</h1>
<p style="max-width:28rem;margin:1rem auto;line-height:1.6">${words}</p>
${sent ? "" : '<p><a href="" style="display:inline-block;padding:.75rem 1.25rem;background:#14213d;color:#fff;border-radius:6px;text-decoration:none">Try again</a></p>'}
</main>
</body>
</html>
`;
  return new Response(html, {
    status: 503,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "retry-after": "30" },
  });
}
