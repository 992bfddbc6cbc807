import { describeTarget, runScript, withScriptDatabase } from "@/db/cli";
import { missingSecretProblem } from "@/lib/auth/secret";
import { pruneRateLimits, RATE_LIMIT_RETENTION_MS } from "@/lib/rate-limit";
import { deliverAllDue } from "./drain";
import { purgeSentEmails } from "./retention";

// `npm run email:deliver`: one pass for a cron job where no Convene server runs
// a timer; it also clears expired rate-limit counters, as the timer does.
runScript(async () => {
  // It opens the links sealed in the outbox: the server's AUTH_SECRET, or nothing.
  const problem = missingSecretProblem();
  if (problem) throw new Error(problem);
  const { counts, purged } = await withScriptDatabase(async (handle) => {
    const counts = await deliverAllDue(handle.db);
    const purged = await purgeSentEmails(handle.db);
    await pruneRateLimits(handle.db, new Date(Date.now() - RATE_LIMIT_RETENTION_MS));
    return { counts, purged };
  });
  console.log(
    `Outbox at ${describeTarget()}: ${counts.claimed} claimed, ${counts.sent} sent, ${counts.retried} to retry, ` +
      `${counts.failed} failed, ${counts.suppressed} suppressed; ${purged.emails} sent emails past the retention period emptied.`,
  );
});
