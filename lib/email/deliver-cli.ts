import { describeTarget, runScript, withScriptDatabase } from "@/db/cli";
import { missingSecretProblem } from "@/lib/auth/secret";
import { deliverAllDue } from "./drain";
import { purgeSentEmails } from "./retention";

// `npm run email:deliver`: one pass for a cron job where no Convene server runs a timer.
runScript(async () => {
  // It opens the links sealed in the outbox: the server's AUTH_SECRET, or nothing.
  const problem = missingSecretProblem();
  if (problem) throw new Error(problem);
  const { counts, purged } = await withScriptDatabase(async (handle) => ({
    counts: await deliverAllDue(handle.db),
    purged: await purgeSentEmails(handle.db),
  }));
  console.log(
    `Outbox at ${describeTarget()}: ${counts.claimed} claimed, ${counts.sent} sent, ${counts.retried} to retry, ` +
      `${counts.failed} failed, ${counts.suppressed} suppressed; ${purged.emails} sent emails past the retention period emptied.`,
  );
});
