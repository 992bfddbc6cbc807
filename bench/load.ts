// Loads the bench's large data set into a migrated, seeded database, inside
// PostgreSQL (generate_series), then gives a chosen set of invitations real
// guest links and the seeded admin a session. Writes what the load phase
// needs (tokens, slugs, ids, the session cookie) to the file named by
// BENCH_FIXTURES. Run by bench/run.mjs through tsx with bench/tsconfig.json.
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import postgres from "postgres";
import { hashSessionToken } from "@/lib/auth/tokens";
import { guestTokenFor, hashGuestToken, linkKeyFrom, newLinkNonce } from "@/lib/invitations/tokens";
import { insertInvitationsSql } from "./invitation-rows";

const url = required("DATABASE_URL");
const secret = required("AUTH_SECRET");
const out = required("BENCH_FIXTURES");
const scale = Number(process.env.BENCH_SCALE ?? "1");

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`bench/load.ts needs ${name}`);
  return value;
}

const EVENTS = Math.round(10_000 * scale);
const PEOPLE = Math.round(50_000 * scale);
const INVITATIONS = Math.round(500_000 * scale);
const BIG_GUESTS = Math.min(2_000, PEOPLE);
const PER_EVENT = 50;
const INVITED_EVENTS = Math.floor((INVITATIONS - BIG_GUESTS) / PER_EVENT);
const GUEST_TOKENS = Math.max(500, Math.round(10_000 * Math.min(1, scale * 5)));
// 8 000 for the measured answers, 3 000 for the server's warm-up (bench/run.mjs, ACCEPT_WARMUP_LINKS).
const ACCEPT_TOKENS = Math.max(500, Math.round(11_000 * Math.min(1, scale * 5)));

const sql = postgres(url, { max: 1, onnotice: () => {} });

async function step(label: string, run: () => Promise<unknown>) {
  const started = performance.now();
  await run();
  console.log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function main() {
  const [admin] = await sql<{ id: string }[]>`select id from users where email = 'admin@convene.local'`;
  if (!admin) throw new Error("The seeded admin (admin@convene.local) is missing: seed the database first.");
  const started = performance.now();

  await sql.begin(async (tx) => {
    await step("programmes, organizations, venues", async () => {
      await tx.unsafe(`
        insert into programs (slug, name, description)
        select 'bench-programme-' || i, (array['Peace Operations', 'Climate and Security', 'Women, Peace and Security', 'Multilateral Diplomacy', 'Middle East and North Africa', 'Cyber Stability', 'Humanitarian Affairs', 'Sustaining Peace'])[i] || ' (bench)', 'A programme of the bench data set.'
        from generate_series(1, 8) i;
        insert into organizations (name, short_name, kind)
        select 'Bench Organization ' || i, 'BO' || i, (enum_range(null::organization_kind))[1 + i % 11]
        from generate_series(1, 200) i;
        insert into venues (name, address, city, country, time_zone, capacity)
        select 'Bench Hall ' || i, i || ' First Avenue', (array['New York', 'Vienna', 'Manama', 'Geneva'])[1 + i % 4], 'Country', (array['America/New_York', 'Europe/Vienna', 'Asia/Bahrain', 'Europe/Zurich'])[1 + i % 4], 80 + i * 5
        from generate_series(1, 40) i;`);
    });

    await step(`${PEOPLE} people`, () =>
      tx.unsafe(`
        insert into people (honorific, given_name, family_name, position_title, affiliation, email)
        select (array['Ms.', 'Mr.', 'Dr.', 'H.E.', null])[1 + i % 5],
          (array['Amina', 'Kofi', 'Ingrid', 'Rahul', 'Sofia', 'Tomas', 'Leila', 'Chen', 'Olga', 'Mateo', 'Nadia', 'Kwame', 'Yuki', 'Hassan', 'Elena', 'Jonas', 'Fatima', 'Pedro', 'Mei', 'Samuel'])[1 + i % 20],
          (array['Mensah', 'Larsen', 'Haddad', 'Okafor', 'Silva', 'Novak', 'Rahman', 'Kowalski', 'Tanaka', 'Moreau', 'Ibrahim', 'Rossi', 'Petrov', 'Nakamura', 'Garcia', 'Johansson', 'Adeyemi', 'Schmidt', 'Kumar', 'Dubois'])[1 + (i / 20) % 20] || ' ' || i,
          (array['Ambassador', 'Counsellor', 'Senior Fellow', 'Director', 'Programme Officer', 'First Secretary'])[1 + i % 6],
          (array['Permanent Mission of Norway', 'UNDP', 'International IDEA', 'Permanent Mission of Ghana', 'OSCE', 'Columbia University', 'Ford Foundation', 'The Economist'])[1 + i % 8],
          'guest' || i || '@bench.example.org'
        from generate_series(1, ${PEOPLE}) i`),
    );

    await step(`${EVENTS} events (one with ${BIG_GUESTS} guests)`, async () => {
      // Spread over six years, about a sixth of them still to come.
      await tx.unsafe(`
        insert into events (slug, title, subtitle, summary, format, status, visibility, attribution, starts_at, ends_at, time_zone, venue_id, capacity, program_id, created_by_id, ask_dietary)
        select 'bench-' || i || '-' || lower(replace(t.topic, ' ', '-')),
          t.topic || ': ' || (array['Next Steps', 'Lessons Learned', 'A Regional View', 'The Road to 2030', 'What Works'])[1 + i % 5],
          'Bench event number ' || i,
          'A discussion of ' || lower(t.topic) || ' with member states, the UN system and civil society.',
          (enum_range(null::event_format))[1 + i % 9],
          (case when i % 97 = 0 then 'draft' when i % 50 = 0 then 'cancelled' else 'scheduled' end)::event_status,
          (case when i % 10 = 0 then 'internal' when i % 10 in (1, 2) then 'invitation_only' else 'public' end)::event_visibility,
          (case when i % 31 = 0 then 'off_record' when i % 7 = 0 then 'chatham_house' else 'on_record' end)::attribution,
          s.at, s.at + interval '2 hours',
          (array['America/New_York', 'Europe/Vienna', 'Asia/Bahrain', 'Europe/Zurich'])[1 + i % 4],
          (select id from venues where name = 'Bench Hall ' || (1 + i % 40)),
          null,
          (select id from programs where slug = 'bench-programme-' || (1 + i % 8)),
          '${admin.id}', i % 3 = 0
        from generate_series(1, ${EVENTS - 1}) i
        cross join lateral (select (array['Climate Security', 'Peace Operations', 'Women Peace and Security', 'Multilateralism', 'Sustaining Peace', 'Humanitarian Action', 'Cyber Diplomacy', 'Mediation', 'Conflict Prevention', 'Food Security', 'Nuclear Disarmament', 'Migration'])[1 + i % 12] as topic) t
        cross join lateral (select date_trunc('hour', now() - interval '5 years') + (i - 1) * interval '1 minute' * (3153600.0 / ${EVENTS}) as at) s;
        insert into events (slug, title, summary, format, status, visibility, attribution, starts_at, ends_at, time_zone, venue_id, capacity, created_by_id, ask_dietary)
        select 'bench-big-forum', 'The Big Forum on Sustaining Peace', 'A bench event with ${BIG_GUESTS} guests.', 'policy_forum', 'scheduled', 'public', 'on_record',
          date_trunc('day', now()) + interval '30 days 14 hours', date_trunc('day', now()) + interval '30 days 17 hours', 'America/New_York',
          (select id from venues where name = 'Bench Hall 1'), 2500, '${admin.id}', true;`);
      await tx.unsafe(`
        create temp table bench_events on commit drop as
          select row_number() over (order by starts_at, id) as n, id, starts_at, ends_at, status, visibility, attribution
          from events where slug like 'bench-%' and slug <> 'bench-big-forum';
        create unique index on bench_events (n);
        create temp table bench_people on commit drop as
          select row_number() over (order by email) as n, id from people where email like '%@bench.example.org';
        create unique index on bench_people (n);
        create temp table bench_orgs on commit drop as
          select row_number() over (order by name) as n, id from organizations where name like 'Bench Organization %';
        create unique index on bench_orgs (n);`);
    });

    await step("co-hosts, speakers, agenda, recaps", () =>
      tx.unsafe(`
        insert into event_cohosts (event_id, organization_id, position)
        select e.id, o.id, 0 from bench_events e join bench_orgs o on o.n = 1 + e.n % 200 where e.n % 3 = 0
        union all
        select e.id, o.id, 1 from bench_events e join bench_orgs o on o.n = 1 + (e.n + 7) % 200 where e.n % 9 = 0;
        insert into event_speakers (event_id, person_id, role, position)
        select e.id, p.id, (array['moderator', 'speaker', 'speaker'])[k]::speaker_role, k
        from bench_events e cross join generate_series(1, 3) k
        join bench_people p on p.n = 1 + (e.n * 7 + k) % ${PEOPLE};
        insert into agenda_items (event_id, starts_at, ends_at, title, position)
        select e.id, e.starts_at + (k - 1) * interval '1 hour', e.starts_at + k * interval '1 hour', (array['Opening session', 'Discussion'])[k], k
        from bench_events e cross join generate_series(1, 2) k;
        -- Published recaps for past public events: the archive's "what was said".
        insert into recaps (event_id, title, body, status, topics, published_at, author_id, published_by_id)
        select e.id, 'What we heard: event ' || e.n,
          repeat('Speakers stressed that prevention, partnership and financing must go together. Member states asked how the UN system can deliver on its commitments in the field, and civil society urged a stronger voice for women and young people. ', 4),
          'published', array['peace', 'security'], e.ends_at + interval '2 days', '${admin.id}', '${admin.id}'
        from bench_events e
        where e.ends_at < now() and e.visibility = 'public' and e.status = 'scheduled' and e.attribution <> 'off_record' and e.n % 2 = 0;`),
    );

    await step(`${INVITATIONS} invitations`, () =>
      tx.unsafe(`
        ${insertInvitationsSql({ events: "bench_events", people: "bench_people", peopleCount: PEOPLE, perEvent: PER_EVENT, where: `e.n <= ${INVITED_EVENTS}` })}
        insert into invitations (event_id, person_id, status, token_hash, link_nonce, invited_at, responded_at, plus_ones, dietary)
        select big.id, p.id, st.status::invitation_status,
          case when st.status = 'not_sent' then null else encode(sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'hex') end,
          case when st.status = 'not_sent' then null else md5(p.id::text) end,
          case when st.status = 'not_sent' then null else now() - interval '3 days' end,
          case when st.status in ('accepted', 'declined') then now() - interval '1 day' - p.n * interval '1 minute' end,
          0, case when p.n % 11 = 0 then 'Vegetarian' end
        from (select id from events where slug = 'bench-big-forum') big
        join bench_people p on p.n <= ${BIG_GUESTS}
        cross join lateral (select case when p.n % 10 < 3 then 'accepted' when p.n % 10 = 3 then 'declined' when p.n % 10 < 9 then 'invited' else 'not_sent' end as status) st;`),
    );
  });
  await step("people's organizations", () =>
    // Three in four people belong to one of the bench's organizations (what the year in numbers counts by).
    sql.unsafe(`
      update people p set organization_id = o.id
      from (select row_number() over (order by email) as n, id from people where email like '%@bench.example.org') bp
      join (select row_number() over (order by name) as n, id from organizations where name like 'Bench Organization %') o on o.n = 1 + bp.n % 200
      where p.id = bp.id and bp.n % 4 <> 0`),
  );
  const loadSeconds = (performance.now() - started) / 1000;
  console.log(`  loaded in ${loadSeconds.toFixed(1)} s`);

  // VACUUM as well as ANALYZE: the planner needs statistics, and the GIN
  // indexes (trigram, full text) hold a bulk load's entries in a pending list
  // that the first queries would otherwise pay to scan.
  const analyzeStarted = performance.now();
  await sql`vacuum (analyze)`;
  const analyzeSeconds = (performance.now() - analyzeStarted) / 1000;
  console.log(`  vacuum analyze: ${analyzeSeconds.toFixed(1)} s`);

  // Guest links, derived exactly as lib/invitations/links.ts issues them.
  const key = linkKeyFrom(secret);
  const upcoming = (status: string, limit: number, offset: number) => sql<{ id: string }[]>`
    select i.id from invitations i join events e on e.id = i.event_id
    where e.slug like 'bench-%' and e.slug <> 'bench-big-forum' and e.status = 'scheduled' and e.starts_at > now() + interval '1 day'
      and e.capacity is null and e.rsvp_deadline is null and i.status = any(${status.split(",")})
    order by md5(i.id::text) limit ${limit} offset ${offset}`;
  // Acceptances first, from at most half the invitations still open (a small
  // data set has few upcoming events), then the pages to view from the rest.
  const open = await upcoming("invited", ACCEPT_TOKENS * 2, 0);
  const acceptRows = open.slice(0, Math.min(ACCEPT_TOKENS, Math.ceil(open.length / 2)));
  const acceptIds = new Set(acceptRows.map((r) => r.id));
  const viewRows = (await upcoming("invited,accepted,declined", GUEST_TOKENS + acceptRows.length, 0)).filter((r) => !acceptIds.has(r.id)).slice(0, GUEST_TOKENS);
  if (acceptRows.length < 2 || viewRows.length === 0) throw new Error(`Too few upcoming invitations for guest links (${acceptRows.length} to accept, ${viewRows.length} to view): raise BENCH_SCALE.`);
  const issue = (rows: { id: string }[]) =>
    rows.map((r) => {
      const nonce = newLinkNonce();
      const token = guestTokenFor(key, r.id, nonce);
      return { id: r.id, nonce, token, token_hash: hashGuestToken(token) };
    });
  const view = issue(viewRows);
  const accept = issue(acceptRows);
  const links = [...view, ...accept].map(({ id, nonce, token_hash }) => ({ id, nonce, token_hash }));
  await sql`
    update invitations set link_nonce = l.nonce, token_hash = l.token_hash
    from jsonb_to_recordset(${sql.json(links)}) as l(id uuid, nonce text, token_hash text)
    where invitations.id = l.id`;

  const sessionToken = randomBytes(32).toString("hex");
  await sql`insert into sessions (session_token, user_id, expires) values (${hashSessionToken(sessionToken)}, ${admin.id}, now() + interval '1 day')`;

  const [big] = await sql<{ id: string }[]>`select id from events where slug = 'bench-big-forum'`;
  const publicSlugs = await sql<{ slug: string }[]>`
    select e.slug from events e join recaps r on r.event_id = e.id and r.status = 'published'
    where e.slug like 'bench-%' and e.visibility = 'public' and e.status = 'scheduled' and e.attribution = 'on_record'
    order by md5(e.id::text) limit 200`;
  const upcomingSlugs = await sql<{ slug: string }[]>`
    select slug from events where slug like 'bench-%' and visibility = 'public' and status = 'scheduled' and starts_at > now()
    order by md5(id::text) limit 50`;
  const [counts] = await sql<{ events: number; people: number; invitations: number; recaps: number }[]>`
    select (select count(*)::int from events) as events, (select count(*)::int from people) as people,
      (select count(*)::int from invitations) as invitations, (select count(*)::int from recaps where status = 'published') as recaps`;
  const [{ year }] = await sql<{ year: number }[]>`select extract(year from now() - interval '1 year')::int as year`;

  writeFileSync(
    out,
    JSON.stringify(
      {
        scale,
        loadSeconds,
        analyzeSeconds,
        counts,
        bigEventId: big.id,
        bigEventGuests: BIG_GUESTS,
        sessionToken,
        viewTokens: view.map((v) => v.token),
        acceptTokens: accept.map((a) => a.token),
        eventSlugs: [...publicSlugs.map((r) => r.slug), ...upcomingSlugs.map((r) => r.slug)],
        archiveQueries: [`q=peace+operations&year=${year}`, `program=bench-programme-2&year=${year - 1}`, `format=roundtable&q=climate`, `q=humanitarian`],
      },
      null,
      2,
    ),
  );
  console.log(
    `  ${counts.events} events, ${counts.people} people, ${counts.invitations} invitations, ${counts.recaps} published recaps; ${view.length + accept.length} guest links issued`,
  );
}

main()
  .then(() => sql.end())
  .then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
