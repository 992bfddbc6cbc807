// Rows e2e/several-instances.spec.ts makes through Convene's own functions,
// in the database given by DATABASE_URL (run with tsx, as the other scripts):
//   capacity <seats> <guests>  an event with that many seats and invited guests; prints their invitations
//   emails <count> <tag>        queues that many sign-in emails, to <tag><n>@example.org
import { sql } from "drizzle-orm";
import { runScript, withScriptDatabase } from "@/db/cli";
import { enqueueEmails } from "@/lib/email/enqueue";
import { sendInvitations } from "@/lib/invitations/send";
import { makeEvent, makeGuests, staff } from "@/lib/invitations/test-fixtures";

runScript(async () => {
  const [what, a, b] = process.argv.slice(2);
  await withScriptDatabase(async ({ db }) => {
    if (what === "capacity") {
      const event = await makeEvent(db, { capacity: Number(a), waitlistEnabled: true, title: "Two instances, one room" });
      await makeGuests(db, event.id, Number(b));
      await sendInvitations(db, staff, event.id);
      const rows = await db.execute<{ id: string; link_nonce: string }>(
        sql`select id, link_nonce from invitations where event_id = ${event.id} and status = 'invited' order by id`,
      );
      const list = Array.isArray(rows) ? rows : (rows as { rows: { id: string; link_nonce: string }[] }).rows;
      console.log(JSON.stringify({ eventId: event.id, slug: event.slug, invitations: list.map((r) => ({ id: r.id, nonce: r.link_nonce })) }));
    } else if (what === "emails") {
      const ids = await enqueueEmails(
        db,
        Array.from({ length: Number(a) }, (_, i) => ({ to: `${b}${i}@example.org`, template: "sign-in" as const, props: { url: `http://localhost:3000/t/${b}${i}` } })),
      );
      console.log(JSON.stringify({ queued: ids.length }));
    } else {
      throw new Error("Usage: several-instances-fixtures.ts capacity <seats> <guests> | emails <count> <tag>");
    }
  });
});
