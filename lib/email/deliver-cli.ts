import { describeTarget, runScript, withScriptDatabase } from "@/db/cli";
import { deliverAllDue } from "./drain";

// `npm run email:deliver`: one pass for a cron job where no Convene server runs a timer.
runScript(async () => {
  const counts = await withScriptDatabase((handle) => deliverAllDue(handle.db));
  console.log(
    `Outbox at ${describeTarget()}: ${counts.claimed} claimed, ${counts.sent} sent, ${counts.retried} to retry, ` +
      `${counts.failed} failed, ${counts.suppressed} suppressed.`,
  );
});
