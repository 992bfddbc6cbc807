import { describeTarget, runScript, withScriptDatabase } from "@/db/cli";
import { runMigrations } from "@/db/migrate";
import { seed } from "./seed";

// Run before `next dev`: a newcomer's first start migrates and loads the demo
// data; later starts only apply new migrations and keep what is there.
runScript(async () => {
  const started = Date.now();
  const summary = await withScriptDatabase(async (h) => {
    await runMigrations(h);
    return seed(h.db);
  });
  const seeded = summary.skipped ? "" : `, demo data loaded (${summary.events} events)`;
  console.log(`Database ready: ${describeTarget()}${seeded} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
});
