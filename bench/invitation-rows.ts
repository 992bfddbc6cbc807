// The bench's invitations, in one statement shared by the load (bench/load.ts)
// and the scale curves' growth (bench/grow.ts), so both make the same mix:
// per event, 40 % accepted, 20 % declined, 30 % invited, the rest not yet sent
// (invited for past events), nothing sent for drafts; each guest a different
// person, in turn through the people table. Of those who accepted an event
// that has ended, three in four arrived (the year in numbers reads arrivals).

export function insertInvitationsSql(o: {
  /** A table of (n, id, starts_at, ends_at, status), n from 1. */
  events: string;
  /** A table of (n, id), n from 1. */
  people: string;
  peopleCount: number;
  perEvent: number;
  /** Which of the rows to insert (columns e.n and j). */
  where: string;
}): string {
  return `
    insert into invitations (event_id, person_id, status, token_hash, link_nonce, invited_at, responded_at, plus_ones, checked_in_at)
    select e.id, p.id, st.status::invitation_status,
      case when st.status = 'not_sent' then null else encode(sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'hex') end,
      case when st.status = 'not_sent' then null else md5(p.id::text) end,
      case when st.status = 'not_sent' then null else e.starts_at - interval '30 days' end,
      case when st.status in ('accepted', 'declined') then e.starts_at - interval '20 days' end,
      0,
      case when st.status = 'accepted' and e.ends_at < now() and j % 10 <> 3 then e.starts_at + interval '5 minutes' end
    from ${o.events} e
    cross join generate_series(0, ${o.perEvent - 1}) j
    join ${o.people} p on p.n = 1 + ((e.n - 1) * ${o.perEvent} + j) % ${o.peopleCount}
    cross join lateral (select case
      when e.status = 'draft' then 'not_sent'
      when j % 10 < 4 then 'accepted' when j % 10 < 6 then 'declined' when j % 10 < 9 then 'invited'
      else (case when e.ends_at < now() then 'invited' else 'not_sent' end) end as status) st
    where ${o.where};`;
}
