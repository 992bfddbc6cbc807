import { describeTarget, runScript, withScriptDatabase } from "./cli";
import { runMigrations } from "./migrate";

runScript(async () => {
  await withScriptDatabase(runMigrations);
  console.log(`Migrations applied to ${describeTarget()}.`);
});
