import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { EventFormat } from "@/lib/events/format";
import type { OrganizationKind } from "@/lib/reference-data/schema";
import type { Db } from "@/db/types";
import { ATTRIBUTIONS_NAMEABLE, mayDrawOnConfidential, type ReportTable } from "./confidentiality";

export type ReportScope = {
  from: Date;
  to: Date;
  /** null: every programme. */
  programId: string | null;
  /** What "already happened" means: arrivals and no-shows only count for events that have ended. */
  now: Date;
};

export type FormatRow = { format: EventFormat; events: number; confidential: number };
export type InvitationTotals = {
  events: number;
  eventsHeld: number;
  confidentialEvents: number;
  sent: number;
  acceptedOfSent: number;
  registrations: number;
  /** Accepted (invited or registered, not walk-ins) for events that have ended. */
  acceptedHeld: number;
  arrived: number;
  noShows: number;
  walkIns: number;
};
export type KindRow = { kind: OrganizationKind; organizations: number; attendances: number };
export type OrganizationRow = { id: string; name: string; kind: OrganizationKind; events: number; attendances: number };
export type NeverCameRow = { id: string; name: string; kind: OrganizationKind; invitations: number; events: number };
export type SpeakerKindRow = { kind: OrganizationKind | null; appearances: number; speakers: number };

export type Report = {
  formats: FormatRow[];
  totals: InvitationTotals;
  organizationKinds: KindRow[];
  topOrganizations: OrganizationRow[];
  neverCame: NeverCameRow[];
  speakerKinds: SpeakerKindRow[];
};

export const TOP_ORGANIZATIONS = 10;

function rowsOf<T>(result: unknown): T[] {
  // postgres.js answers an array of rows; PGlite an object holding them.
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

// Events in the report: held or planned (not drafts, not cancelled), starting in the period, in the programme.
function inScope(scope: ReportScope): SQL {
  return sql`e.status = 'scheduled' and e.starts_at >= ${scope.from.toISOString()}::timestamptz and e.starts_at < ${scope.to.toISOString()}::timestamptz
    ${scope.programId ? sql`and e.program_id = ${scope.programId}::uuid` : sql``}`;
}

// An event whose attendance a table may show by organization (lib/reports/confidentiality.ts).
function nameable(): SQL {
  const allowed = sql.join(ATTRIBUTIONS_NAMEABLE.map((a) => sql`${a}`), sql`, `);
  return sql`e.attribution::text in (${allowed}) and not exists (
    select 1 from agenda_items ai where ai.event_id = e.id and ai.attribution is not null and ai.attribution::text not in (${allowed}))`;
}

/** The scope of one table: confidential events are left out where the rule says so. */
function scopeFor(table: ReportTable, scope: ReportScope): SQL {
  return mayDrawOnConfidential(table) ? inScope(scope) : sql`${inScope(scope)} and ${nameable()}`;
}

const ended = (scope: ReportScope) => sql`e.ends_at < ${scope.now.toISOString()}::timestamptz`;
const num = (v: unknown) => Number(v ?? 0);

async function formats(db: Db, scope: ReportScope): Promise<FormatRow[]> {
  const rows = rowsOf<{ format: EventFormat; events: string; confidential: string }>(
    await db.execute(sql`
      select e.format::text as format, count(*) as events, count(*) filter (where not (${nameable()})) as confidential
      from events e
      where ${scopeFor("formats", scope)}
      group by e.format
      order by count(*) desc, e.format`),
  );
  return rows.map((r) => ({ format: r.format, events: num(r.events), confidential: num(r.confidential) }));
}

const json = <T>(v: unknown): T => (typeof v === "string" ? JSON.parse(v) : v) as T;

/**
 * Every figure drawn from invitations, in one pass over the period's guests:
 * the totals from every event, and the tables by organization from the
 * events that may name attendance (lib/reports/confidentiality.ts). Each
 * event's guests are read through the invitations' event index (`offset 0`
 * keeps PostgreSQL from hashing the whole table instead), and each
 * organization's events are counted per (organization, event) first, so no
 * DISTINCT sorts 50 000 rows.
 */
async function invitationFigures(db: Db, scope: ReportScope, topLimit: number | null) {
  const orgScope = sql`${mayDrawOnConfidential("organizationKinds") ? sql`true` : sql`r.nameable`} and r.held`;
  const [row] = rowsOf<{ events: unknown; totals: unknown; kinds: unknown; top: unknown; never: unknown }>(
    await db.execute(sql`
      with scoped as materialized (
        select e.id, ${ended(scope)} as held, (${nameable()}) as nameable
        from events e
        where ${inScope(scope)}
      ),
      inv as materialized (
        select i.event_id, i.person_id, i.status, i.source, i.invited_at is not null as invited, i.checked_in_at is not null as arrived, s.held, s.nameable
        from scoped s
        cross join lateral (select i.event_id, i.person_id, i.status, i.source, i.invited_at, i.checked_in_at from invitations i where i.event_id = s.id offset 0) i
      ),
      per_event as (
        select p.organization_id as org, r.event_id, count(*) filter (where r.arrived) as arrivals, count(*) filter (where r.invited) as invitations
        from inv r
        join people p on p.id = r.person_id
        where ${orgScope} and p.organization_id is not null
        group by 1, 2
      ),
      org_stats as materialized (
        select o.id, o.name, o.kind::text as kind,
          count(*) filter (where pe.arrivals > 0) as events, coalesce(sum(pe.arrivals), 0)::int as attendances,
          coalesce(sum(pe.invitations), 0)::int as invitations, count(*) filter (where pe.invitations > 0) as events_invited
        from per_event pe
        join organizations o on o.id = pe.org
        group by o.id
      )
      select
        (select json_build_object('events', count(*), 'held', count(*) filter (where held), 'confidential', count(*) filter (where not nameable)) from scoped) as events,
        (select json_build_object(
          'sent', count(*) filter (where source in ('invited', 'delegate') and invited),
          'acceptedOfSent', count(*) filter (where source in ('invited', 'delegate') and invited and status = 'accepted'),
          'registrations', count(*) filter (where source = 'registered'),
          'acceptedHeld', count(*) filter (where source <> 'walk_in' and status = 'accepted' and held),
          'arrived', count(*) filter (where source <> 'walk_in' and status = 'accepted' and held and arrived),
          'noShows', count(*) filter (where source <> 'walk_in' and status = 'accepted' and held and not arrived),
          'walkIns', count(*) filter (where source = 'walk_in')) from inv) as totals,
        (select coalesce(json_agg(k order by k.organizations desc, k.kind), '[]') from (
          select kind, count(*) as organizations, sum(attendances)::int as attendances from org_stats where attendances > 0 group by kind) k) as kinds,
        (select coalesce(json_agg(t), '[]') from (
          select id, name, kind, events, attendances from org_stats where attendances > 0
          order by events desc, attendances desc, lower(name), id ${topLimit === null ? sql`` : sql`limit ${topLimit}`}) t) as top,
        (select coalesce(json_agg(n), '[]') from (
          select id, name, kind, invitations, events_invited as events from org_stats where attendances = 0 and invitations > 0
          order by invitations desc, lower(name), id) n) as never`),
  );
  const ev = json<{ events: number; held: number; confidential: number }>(row.events);
  const totals: InvitationTotals = { events: num(ev.events), eventsHeld: num(ev.held), confidentialEvents: num(ev.confidential), ...json<Omit<InvitationTotals, "events" | "eventsHeld" | "confidentialEvents">>(row.totals) };
  return {
    totals,
    organizationKinds: json<KindRow[]>(row.kinds),
    topOrganizations: json<OrganizationRow[]>(row.top),
    neverCame: json<NeverCameRow[]>(row.never),
  };
}

async function speakerKinds(db: Db, scope: ReportScope): Promise<SpeakerKindRow[]> {
  const rows = rowsOf<{ kind: OrganizationKind | null; appearances: string; speakers: string }>(
    await db.execute(sql`
      select o.kind::text as kind, count(*) as appearances, count(distinct s.person_id) as speakers
      from event_speakers s
      join events e on e.id = s.event_id
      join people p on p.id = s.person_id
      left join organizations o on o.id = p.organization_id
      where ${scopeFor("speakerKinds", scope)}
      group by o.kind
      order by count(*) desc, o.kind nulls last`),
  );
  return rows.map((r) => ({ kind: r.kind, appearances: num(r.appearances), speakers: num(r.speakers) }));
}

/** The year in numbers for a period and programme: every table aggregated by the database, in three queries. */
export async function getReport(db: Db, scope: ReportScope, opts: { topLimit?: number | null } = {}): Promise<Report> {
  const [f, figures, speakers] = await Promise.all([
    formats(db, scope),
    invitationFigures(db, scope, opts.topLimit === undefined ? TOP_ORGANIZATIONS : opts.topLimit),
    speakerKinds(db, scope),
  ]);
  return { formats: f, ...figures, speakerKinds: speakers };
}

/** A programme by its slug (what the URL carries); null when there is none. */
export async function programBySlug(db: Db, slug: string): Promise<{ id: string; name: string; slug: string } | null> {
  const [row] = rowsOf<{ id: string; name: string; slug: string }>(await db.execute(sql`select id, name, slug from programs where slug = ${slug} limit 1`));
  return row ?? null;
}

export async function listProgramOptions(db: Db): Promise<{ slug: string; name: string }[]> {
  return rowsOf<{ slug: string; name: string }>(await db.execute(sql`select slug, name from programs order by lower(name), slug`));
}
