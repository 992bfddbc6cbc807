import { describeTarget, runScript, withScriptDatabase } from "@/db/cli";
import { seed } from "./seed";

// `npm run db:seed` loads the demo data into an empty database;
// `npm run db:seed -- --force` adds it even when events exist.
runScript(async () => {
  const force = process.argv.includes("--force");
  const summary = await withScriptDatabase((h) => seed(h.db, { force }));
  console.log(
    summary.skipped
      ? `The database at ${describeTarget()} already has events; demo data not loaded (use --force).`
      : `Demo data loaded into ${describeTarget()}: ${summary.events} events, ${summary.people} people, ${summary.invitations} invitations.`,
  );
});
