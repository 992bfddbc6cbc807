import { describeTarget, runScript, withScriptDatabase } from "@/db/cli";
import { pruneRateLimits, RATE_LIMIT_RETENTION_MS } from "@/lib/rate-limit";
import { deliverAllDue } from "./drain";

// `npm run email:deliver`: one pass for a cron job where no Convene server runs
// a timer; it also clears expired rate-limit counters, as the timer does.
runScript(async () => {
  const counts = await withScriptDatabase(async (handle) => {
    const delivered = await deliverAllDue(handle.db);
    await pruneRateLimits(handle.db, new Date(Date.now() - RATE_LIMIT_RETENTION_MS));
    return delivered;
  });
  console.log(
    `Outbox at ${describeTarget()}: ${counts.claimed} claimed, ${counts.sent} sent, ${counts.retried} to retry, ` +
      `${counts.failed} failed, ${counts.suppressed} suppressed.`,
  );
});
