// Email throughput on the bench database: 5 000 invitations sent by the app's
// own sendInvitations (links, statuses and outbox rows in one transaction),
// then delivered by the app's own deliverer through the Resend transport to
// the fake Resend at RESEND_BASE_URL. Prints one line: BENCH_RESULT {json}.
import postgres from "postgres";
import { openPostgres } from "@/db/client";
import type { Actor } from "@/lib/audit/record";
import { deliverAllDue } from "@/lib/email/drain";
import { sendInvitations } from "@/lib/invitations/send";

const COUNT = Number(process.env.BENCH_EMAILS ?? "5000");

type Sql = ReturnType<typeof postgres>;

async function makeEvent(sql: Sql, slug: string, adminId: string, guests: number): Promise<string> {
  const [event] = await sql<{ id: string }[]>`
    insert into events (slug, title, summary, format, status, visibility, starts_at, ends_at, time_zone, created_by_id)
    values (${slug}, ${`Email bench: ${guests} guests`}, 'Invitations for the email bench.', 'symposium', 'scheduled', 'invitation_only',
      date_trunc('day', now()) + interval '20 days 14 hours', date_trunc('day', now()) + interval '20 days 17 hours', 'Europe/Vienna', ${adminId})
    returning id`;
  await sql`
    insert into people (given_name, family_name, affiliation, email)
    select 'Reader', ${slug}::text || ' ' || i, 'Permanent Mission', ${slug}::text || '.' || i || '@bench-mail.example.org' from generate_series(1, ${guests}) i`;
  await sql`
    insert into invitations (event_id, person_id)
    select ${event.id}, id from people where email like ${`${slug}.%@bench-mail.example.org`}`;
  return event.id;
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url || !process.env.RESEND_BASE_URL || !process.env.RESEND_API_KEY) throw new Error("bench/email.ts needs DATABASE_URL, RESEND_API_KEY and RESEND_BASE_URL");
  const handle = openPostgres(url, 10);
  const db = handle.db;
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [admin] = await sql<{ id: string }[]>`select id from users where email = 'admin@convene.local'`;
    const actor: Actor = { kind: "staff", id: admin.id, label: "Email bench" };
    const warmId = await makeEvent(sql, "email-warm", admin.id, 3);
    const eventId = await makeEvent(sql, "email-bench", admin.id, COUNT);

    // A running server has rendered and queried before: pay the first time outside the clock.
    await sendInvitations(db, actor, warmId);
    await deliverAllDue(db);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const [{ due }] = await sql<{ due: number }[]>`select count(*)::int as due from email_outbox where status in ('pending', 'sending') and send_after <= now()`;

    const enqueueStarted = performance.now();
    const sent = await sendInvitations(db, actor, eventId);
    const enqueueSeconds = (performance.now() - enqueueStarted) / 1000;

    const deliverStarted = performance.now();
    const counts = await deliverAllDue(db);
    const deliverSeconds = (performance.now() - deliverStarted) / 1000;

    const [{ delivered }] = await sql<{ delivered: number }[]>`select count(*)::int as delivered from email_outbox where event_id = ${eventId} and status = 'sent'`;
    console.log(`BENCH_RESULT ${JSON.stringify({ emails: COUNT, invited: sent.sent, dueBefore: due, enqueueSeconds, deliverSeconds, counts, delivered })}`);
  } finally {
    await sql.end();
    await handle.close();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
