// Run by e2e/serve.mjs after the reset and before `next start`: rows the
// running server cannot be asked to make (see e2e/sign-in-fixture-data.ts).
import { verificationTokens } from "@/db/schema";
import { runScript, withScriptDatabase } from "@/db/cli";
import { getAuthSecret } from "@/lib/auth/secret";
import { hashVerificationToken } from "@/lib/auth/tokens";
import { EXPIRED_LINK } from "./sign-in-fixture-data";

runScript(async () => {
  await withScriptDatabase(async ({ db }) => {
    await db.insert(verificationTokens).values({
      identifier: EXPIRED_LINK.email,
      token: hashVerificationToken(EXPIRED_LINK.token, await getAuthSecret(db)),
      expires: new Date(Date.now() - 60 * 60_000),
    });
  });
});
