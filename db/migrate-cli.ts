import { describeTarget, runScript, withScriptDatabase } from "./cli";
import { runMigrations } from "./migrate";

// `npm run db:migrate`, and in the build artifact `node db/migrate.js`
// (lib/server/finish-build.mjs bundles this file there).
runScript(async () => {
  const { before, after } = await withScriptDatabase(runMigrations);
  const applied = after - before;
  console.log(
    applied > 0
      ? `Applied ${applied} migration${applied === 1 ? "" : "s"} to ${describeTarget()} (${after} in all).`
      : `Nothing to apply: ${describeTarget()} has all ${after} migrations.`,
  );
});
