// Grows the bench data set in place, inside PostgreSQL (generate_series), for
// the scale curves of `npm run bench -- --curves`: far faster than loading a
// bigger data set from scratch for each size. Run by bench/run.mjs through tsx
// on a database bench/load.ts has loaded:
//
//   tsx bench/grow.ts guestlist 20000     an event with exactly 20 000 guests (made once; prints its id)
//   tsx bench/grow.ts people 500000       bench people up to 500 000
//   tsx bench/grow.ts events 100000       bench events up to 100 000, with speakers, agenda, co-hosts, recaps like load.ts's
//   tsx bench/grow.ts invitations 2000000 invitations up to 2 000 000 (50 more guests for events that had none)
//
// After each growth, VACUUM ANALYZE on the tables it grew: the planner needs
// fresh statistics, and GIN indexes (trigram, full text) keep new entries in a
// pending list that the first queries would otherwise pay to scan; then a
// CHECKPOINT, so that writing the new pages out does not compete with the
// measurement that follows.
// Prints one line: GROW_RESULT {json}.
import postgres from "postgres";
import { insertInvitationsSql } from "./invitation-rows";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("bench/grow.ts needs DATABASE_URL");
const [what, sizeArg] = process.argv.slice(2);
const size = Number(sizeArg);
if (!Number.isSafeInteger(size) || size < 1) throw new Error(`bench/grow.ts: a size is needed (got ${sizeArg})`);

const sql = postgres(url, { max: 1, onnotice: () => {} });
const PER_EVENT = 50;

async function admin(): Promise<string> {
  const [row] = await sql<{ id: string }[]>`select id from users where email = 'admin@convene.local'`;
  if (!row) throw new Error("The seeded admin is missing: load the bench data first.");
  return row.id;
}

async function vacuum(tables: string[]) {
  for (const t of tables) await sql.unsafe(`vacuum (analyze) ${t}`);
  // Write the growth's dirty pages out now, not while the next size is measured.
  await sql`checkpoint`;
}

const peopleCount = async () => (await sql<{ n: number }[]>`select count(*)::int as n from people where email like 'guest%@bench.example.org'`)[0].n;

/** An event with exactly `size` guests, the first `size` bench people, statuses spread as load.ts's big event. */
async function guestlist() {
  const slug = `bench-guests-${size}`;
  const [found] = await sql<{ id: string }[]>`select id from events where slug = ${slug}`;
  if (found) return { eventId: found.id, guests: size };
  if ((await peopleCount()) < size) throw new Error(`Only ${await peopleCount()} bench people: a guest list of ${size} needs as many.`);
  const adminId = await admin();
  const [event] = await sql<{ id: string }[]>`
    insert into events (slug, title, summary, format, status, visibility, attribution, starts_at, ends_at, time_zone, venue_id, capacity, created_by_id, ask_dietary)
    values (${slug}, ${`The Forum of ${size} Guests`}, ${`A bench event with ${size} guests.`}, 'policy_forum', 'scheduled', 'invitation_only', 'on_record',
      date_trunc('day', now()) + interval '40 days 14 hours', date_trunc('day', now()) + interval '40 days 17 hours', 'America/New_York',
      (select id from venues where name = 'Bench Hall 2'), ${size + 500}, ${adminId}, true)
    returning id`;
  await sql`
    insert into invitations (event_id, person_id, status, token_hash, link_nonce, invited_at, responded_at, plus_ones, dietary)
    select ${event.id}, p.id, st.status::invitation_status,
      case when st.status = 'not_sent' then null else encode(sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'hex') end,
      case when st.status = 'not_sent' then null else md5(p.id::text) end,
      case when st.status = 'not_sent' then null else now() - interval '3 days' end,
      case when st.status in ('accepted', 'declined') then now() - interval '1 day' - p.n * interval '1 minute' end,
      0, case when p.n % 11 = 0 then 'Vegetarian' end
    from (select row_number() over (order by email) as n, id from people where email like 'guest%@bench.example.org') p
    cross join lateral (select case when p.n % 10 < 3 then 'accepted' when p.n % 10 = 3 then 'declined' when p.n % 10 < 9 then 'invited' else 'not_sent' end as status) st
    where p.n <= ${size}`;
  await vacuum(["invitations", "events"]);
  return { eventId: event.id, guests: size };
}

/** More people, made as load.ts makes them (guest<i>@bench.example.org), numbered on from the last. */
async function people() {
  const from = (await peopleCount()) + 1;
  if (from <= size) {
    await sql.unsafe(`
      insert into people (honorific, given_name, family_name, position_title, affiliation, email)
      select (array['Ms.', 'Mr.', 'Dr.', 'H.E.', null])[1 + i % 5],
        (array['Amina', 'Kofi', 'Ingrid', 'Rahul', 'Sofia', 'Tomas', 'Leila', 'Chen', 'Olga', 'Mateo', 'Nadia', 'Kwame', 'Yuki', 'Hassan', 'Elena', 'Jonas', 'Fatima', 'Pedro', 'Mei', 'Samuel'])[1 + i % 20],
        (array['Mensah', 'Larsen', 'Haddad', 'Okafor', 'Silva', 'Novak', 'Rahman', 'Kowalski', 'Tanaka', 'Moreau', 'Ibrahim', 'Rossi', 'Petrov', 'Nakamura', 'Garcia', 'Johansson', 'Adeyemi', 'Schmidt', 'Kumar', 'Dubois'])[1 + (i / 20) % 20] || ' ' || i,
        (array['Ambassador', 'Counsellor', 'Senior Fellow', 'Director', 'Programme Officer', 'First Secretary'])[1 + i % 6],
        (array['Permanent Mission of Norway', 'UNDP', 'International IDEA', 'Permanent Mission of Ghana', 'OSCE', 'Columbia University', 'Ford Foundation', 'The Economist'])[1 + i % 8],
        'guest' || i || '@bench.example.org'
      from generate_series(${from}, ${size}) i`);
    await vacuum(["people"]);
  }
  return { people: await peopleCount() };
}

const eventCount = async () => (await sql<{ n: number }[]>`select count(*)::int as n from events where slug ~ '^bench-[0-9]+-'`)[0].n;

/** More events over the same six years, with what load.ts gives each: co-hosts, speakers, agenda, recaps for half the past public ones. */
async function events() {
  const from = (await eventCount()) + 1;
  if (from <= size) {
    const adminId = await admin();
    const people = await peopleCount();
    await sql.begin(async (tx) => {
      // Spread by a low-discrepancy sequence over five years back and one ahead, as load.ts spreads its own.
      await tx.unsafe(`
        create temp table grown_events on commit drop as
        with made as (
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
            v.id, null, pr.id, '${adminId}', i % 3 = 0
          from generate_series(${from}, ${size}) i
          cross join lateral (select (array['Climate Security', 'Peace Operations', 'Women Peace and Security', 'Multilateralism', 'Sustaining Peace', 'Humanitarian Action', 'Cyber Diplomacy', 'Mediation', 'Conflict Prevention', 'Food Security', 'Nuclear Disarmament', 'Migration'])[1 + i % 12] as topic) t
          cross join lateral (select date_trunc('hour', now() - interval '5 years') + ((i * 0.6180339887) - floor(i * 0.6180339887)) * interval '6 years' as at) s
          left join venues v on v.name = 'Bench Hall ' || (1 + i % 40)
          left join programs pr on pr.slug = 'bench-programme-' || (1 + i % 8)
          returning id, slug, starts_at, ends_at, status, visibility, attribution
        )
        select (regexp_match(slug, '^bench-([0-9]+)-'))[1]::int as n, * from made;
        create temp table grown_orgs on commit drop as
          select row_number() over (order by name) as n, id from organizations where name like 'Bench Organization %';
        create temp table grown_people on commit drop as
          select row_number() over (order by email) as n, id from people where email like 'guest%@bench.example.org';
        create unique index on grown_people (n);
        insert into event_cohosts (event_id, organization_id, position)
        select e.id, o.id, 0 from grown_events e join grown_orgs o on o.n = 1 + e.n % 200 where e.n % 3 = 0
        union all
        select e.id, o.id, 1 from grown_events e join grown_orgs o on o.n = 1 + (e.n + 7) % 200 where e.n % 9 = 0;
        insert into event_speakers (event_id, person_id, role, position)
        select e.id, p.id, (array['moderator', 'speaker', 'speaker'])[k]::speaker_role, k
        from grown_events e cross join generate_series(1, 3) k
        join grown_people p on p.n = 1 + (e.n * 7 + k) % ${people};
        insert into agenda_items (event_id, starts_at, ends_at, title, position)
        select e.id, e.starts_at + (k - 1) * interval '1 hour', e.starts_at + k * interval '1 hour', (array['Opening session', 'Discussion'])[k], k
        from grown_events e cross join generate_series(1, 2) k;
        insert into recaps (event_id, title, body, status, topics, published_at, author_id, published_by_id)
        select e.id, 'What we heard: event ' || e.n,
          repeat('Speakers stressed that prevention, partnership and financing must go together. Member states asked how the UN system can deliver on its commitments in the field, and civil society urged a stronger voice for women and young people. ', 4),
          'published', array['peace', 'security'], e.ends_at + interval '2 days', '${adminId}', '${adminId}'
        from grown_events e
        where e.ends_at < now() and e.visibility = 'public' and e.status = 'scheduled' and e.attribution <> 'off_record' and e.n % 2 = 0;`);
    });
    await vacuum(["events", "event_cohosts", "event_speakers", "agenda_items", "recaps"]);
  }
  return { events: await eventCount() };
}

const invitationCount = async () => (await sql<{ n: number }[]>`select count(*)::int as n from invitations`)[0].n;

/** More invitations: guests for bench events that had none, in the order they were made, 50 each (more when events run short). */
async function invitations() {
  const have = await invitationCount();
  if (have < size) {
    const needed = size - have;
    const people = await peopleCount();
    const [{ free }] = await sql<{ free: number }[]>`
      select count(*)::int as free from events e
      where e.slug ~ '^bench-[0-9]+-' and not exists (select 1 from invitations i where i.event_id = e.id)`;
    if (free === 0) throw new Error("No bench event without guests is left to invite to.");
    const perEvent = Math.min(people, Math.max(PER_EVENT, Math.ceil(needed / free)));
    const eventsNeeded = Math.ceil(needed / perEvent);
    await sql.unsafe(`
      create temp table grow_people as
        select row_number() over (order by email) as n, id from people where email like 'guest%@bench.example.org';
      create unique index on grow_people (n);
      create temp table grow_events as
        select row_number() over (order by e.starts_at, e.id) as n, e.id, e.starts_at, e.ends_at, e.status
        from events e
        where e.slug ~ '^bench-[0-9]+-' and not exists (select 1 from invitations i where i.event_id = e.id)
        order by e.starts_at, e.id limit ${eventsNeeded};
      ${insertInvitationsSql({ events: "grow_events", people: "grow_people", peopleCount: people, perEvent, where: `(e.n - 1) * ${perEvent} + j < ${needed}` })}`);
    await vacuum(["invitations"]);
  }
  return { invitations: await invitationCount() };
}

const steps: Record<string, () => Promise<object>> = { guestlist, people, events, invitations };

async function main() {
  const step = steps[what];
  if (!step) throw new Error(`bench/grow.ts: grow what? One of ${Object.keys(steps).join(", ")} (got ${what}).`);
  const started = performance.now();
  const result = await step();
  console.log(`GROW_RESULT ${JSON.stringify({ ...result, seconds: (performance.now() - started) / 1000 })}`);
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
