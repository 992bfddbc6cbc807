import type { Metadata } from "next";
import { hasSeating } from "@/lib/seating/seating-switch";
import { type GuestSort, guestSortFrom } from "@/lib/seating/precedence-sql";
import NextLink from "next/link";
import { BellRing, Download, ListPlus, Printer, Search, Send, Upload, UserPlus, Users, Utensils } from "@/components/icons/lucide";
import { GuestCountStrip } from "@/components/guests/guest-counts";
import { GuestTable } from "@/components/guests/guest-table";
import { PrintedMaterials } from "@/components/print/printed-materials";
import { ResponseChart } from "@/components/guests/response-chart";

import { SendProgress } from "@/components/guests/send-progress";
import { Pager } from "@/components/people/pager";
import { Button, EmptyState, Input } from "@/components/ui";
import { cn } from "@/components/ui/cn";
import { getDb } from "@/db";
import { hasEnded } from "@/lib/events/time";
import { hasRole } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { GUEST_PAGE_SIZE, guestCounts, guestListSurroundings, isInvitationStatus, listGuests } from "@/lib/invitations/queries";
import type { InvitationStatus } from "@/lib/invitations/status";
import { loadEvent, loadGuestCounts } from "../load";
import { decideDelegateAction, newLinkAction, removeAction, resendAction } from "./actions";

export const metadata: Metadata = { title: "Guests" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

const FILTERS: { status: InvitationStatus | ""; label: string; count: (c: Awaited<ReturnType<typeof guestCounts>>) => number }[] = [
  { status: "", label: "All", count: (c) => c.total },
  { status: "not_sent", label: "Not sent", count: (c) => c.notSent },
  { status: "invited", label: "No answer", count: (c) => c.noAnswer },
  { status: "accepted", label: "Accepted", count: (c) => c.accepted },
  { status: "waitlisted", label: "Waitlisted", count: (c) => c.waitlisted },
  { status: "declined", label: "Declined", count: (c) => c.declined },
  { status: "delegate_pending", label: "Delegate pending", count: (c) => c.delegatePending },
];

function href(base: string, params: { status?: string; q?: string; page?: number; sort?: GuestSort }) {
  const p = new URLSearchParams();
  if (params.status) p.set("status", params.status);
  if (params.q) p.set("q", params.q);
  if (params.sort === "precedence") p.set("sort", "precedence");
  if (params.page && params.page > 1) p.set("page", String(params.page));
  const s = p.toString();
  return s ? `${base}?${s}` : base;
}

export default async function GuestsPage({ params, searchParams }: Props) {
  const staff = await requireStaff("viewer");
  const { id } = await params;
  const query = await searchParams;
  const event = await loadEvent(id);
  const db = getDb();
  const rawStatus = one(query.status);
  const status = isInvitationStatus(rawStatus) ? rawStatus : undefined;
  const q = one(query.q).trim().slice(0, 200);
  const pageNumber = Math.min(100_000, Math.max(1, Number.parseInt(one(query.page), 10) || 1));
  const notice = one(query.notice).slice(0, 300);
  const sort = guestSortFrom(one(query.sort));
  // Without a search, the list's total is its filter's count, which the counts already hold.
  const filter = q ? undefined : FILTERS.find((f) => f.status === (status ?? ""));
  const countsNow = loadGuestCounts(event.id);
  const [counts, list, { delivery, delegates, seated, timeline }] = await Promise.all([
    countsNow,
    listGuests(db, event.id, { status, q, page: pageNumber, sort, total: filter && countsNow.then(filter.count) }),
    guestListSurroundings(db, event),
  ]);
  const base = `/staff/events/${event.id}/guests`;
  const canEdit = hasRole(staff.role, "editor");
  const open = event.status !== "cancelled";
  const canInvite = canEdit && event.status === "scheduled" && !hasEnded(event.endsAt);
  const chatham = event.attribution !== "on_record";

  return (
    <div className="space-y-6">
      {notice ? (
        <p role="status" className="rounded-md border border-success/30 bg-success-tint px-4 py-3 text-sm text-ink">
          {notice}
        </p>
      ) : null}
      <GuestCountStrip counts={counts} capacity={event.capacity} />
      {counts.invited > 0 ? <ResponseChart days={timeline} /> : null}
      <SendProgress url={`${base}/progress`} initial={delivery} />

      <GuestToolbar event={event} counts={counts} base={base} canEdit={canEdit} open={open} canInvite={canInvite} chatham={chatham} />
      {canEdit && !hasSeating(event) ? (
        <p className="text-sm text-muted">
          A seated event?{" "}
          <NextLink href={`/staff/events/${event.id}/seating`} className="text-ink underline underline-offset-4 hover:text-accent">
            Add a table plan
          </NextLink>
        </p>
      ) : null}
      {chatham && counts.total > 0 ? (
        <p className="text-sm text-muted">This event is held under the {event.attribution === "chatham_house" ? "Chatham House rule" : "off-the-record rule"}: who attends stays inside the institute.</p>
      ) : null}

      {counts.total === 0 ? (
        <NoGuestsYet base={base} canAdd={canEdit && open} />
      ) : (
        <section aria-labelledby="guest-list-heading" className="space-y-3">
          <h2 id="guest-list-heading" className="sr-only">
            Guest list
          </h2>
          <SearchAndFilters base={base} status={status} q={q} counts={counts} />
          <nav aria-label="Sort the guest list" className="flex flex-wrap items-center gap-2 text-sm">
            <span className="text-muted">Sort by</span>
            {(["name", "precedence"] as const).map((s) => (
              <NextLink
                key={s}
                href={href(base, { status, q, sort: s })}
                aria-current={sort === s ? "true" : undefined}
                className={sort === s ? "rounded-sm bg-ink px-2 py-0.5 font-medium text-paper" : "rounded-sm px-2 py-0.5 text-ink underline underline-offset-4 hover:text-accent"}
              >
                {s === "name" ? "Family name" : "Precedence"}
              </NextLink>
            ))}
          </nav>
          {list.rows.length === 0 ? (
            <p className="rounded-md border border-line bg-surface p-4 text-sm text-muted">
              No guest matches{q ? ` “${q}”` : ""}{status ? " with this answer" : ""}.{" "}
              <NextLink href={base} className="text-ink underline underline-offset-4">
                Show everyone
              </NextLink>
            </p>
          ) : (
            <GuestTable
              actions={{ newLink: newLinkAction, remove: removeAction, resend: resendAction, decide: decideDelegateAction }}
              event={{ id: event.id, timeZone: event.timeZone }}
              rows={list.rows}
              canEdit={canEdit && open}
              canInvite={canInvite}
              base={base}
              delegates={delegates}
            />
          )}
          <Pager page={list.page} pageSize={GUEST_PAGE_SIZE} total={list.total} href={(p) => href(base, { status, q, page: p, sort })} />
        </section>
      )}
      {counts.accepted > 0 ? <PrintedMaterials eventId={event.id} seated={seated} chathamHouse={event.attribution === "chatham_house"} /> : null}
    </div>
  );
}

type Counts = Awaited<ReturnType<typeof guestCounts>>;
type GuestEvent = Awaited<ReturnType<typeof loadEvent>>;

/** What can be done with the list: add, import, invite, remind; and the lists to take away. */
function GuestToolbar({ event, counts, base, canEdit, open, canInvite, chatham }: { event: GuestEvent; counts: Counts; base: string; canEdit: boolean; open: boolean; canInvite: boolean; chatham: boolean }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      {canEdit && open ? (
        <>
          <Button asChild variant="secondary">
            <NextLink href={`${base}/add`}>
              <UserPlus aria-hidden="true" />
              Add from directory
            </NextLink>
          </Button>
          <Button asChild variant="secondary">
            <NextLink href={`${base}/add-list`}>
              <ListPlus aria-hidden="true" />
              Add a list
            </NextLink>
          </Button>
          <Button asChild variant="secondary">
            <NextLink href={`${base}/import`}>
              <Upload aria-hidden="true" />
              Import CSV
            </NextLink>
          </Button>
        </>
      ) : null}
      {canInvite && counts.notSent > 0 ? (
        <Button asChild variant="accent">
          <NextLink href={`${base}/send`}>
            <Send aria-hidden="true" />
            Send invitations ({counts.notSent.toLocaleString("en-GB")})
          </NextLink>
        </Button>
      ) : null}
      {canInvite && counts.noAnswer > 0 ? (
        <Button asChild variant="secondary">
          <NextLink href={`${base}/remind`}>
            <BellRing aria-hidden="true" />
            Remind non-responders ({counts.noAnswer.toLocaleString("en-GB")})
          </NextLink>
        </Button>
      ) : null}
      <div className="flex flex-wrap gap-2 sm:ml-auto">
        {event.askDietary || event.format === "dinner" ? (
          <Button asChild variant="ghost">
            <NextLink href={`${base}/catering`}>
              <Utensils aria-hidden="true" />
              Catering
            </NextLink>
          </Button>
        ) : null}
        <Button asChild variant="ghost">
          {chatham ? (
            <NextLink href={`${base}/export`}>
              <Download aria-hidden="true" />
              Export CSV
            </NextLink>
          ) : (
            <a href={`${base}/export.csv`} download>
              <Download aria-hidden="true" />
              Export CSV
            </a>
          )}
        </Button>
        <Button asChild variant="ghost">
          <NextLink href={`${base}/print`}>
            <Printer aria-hidden="true" />
            Print
          </NextLink>
        </Button>
      </div>
    </div>
  );
}

function NoGuestsYet({ base, canAdd }: { base: string; canAdd: boolean }) {
  return (
    <EmptyState
      icon={Users}
      headingLevel="h2"
      title="No guests yet — add from the directory or import a CSV"
      description="Guests are invited from this list; each gets a personal link to answer, with no account."
      action={
        canAdd ? (
          <div className="flex flex-wrap justify-center gap-2">
            <Button asChild variant="primary">
              <NextLink href={`${base}/add`}>Add from directory</NextLink>
            </Button>
            <Button asChild variant="secondary">
              <NextLink href={`${base}/add-list`}>Add a list</NextLink>
            </Button>
            <Button asChild variant="secondary">
              <NextLink href={`${base}/import`}>Import CSV</NextLink>
            </Button>
          </div>
        ) : null
      }
    />
  );
}

function SearchAndFilters({ base, status, q, counts }: { base: string; status: InvitationStatus | undefined; q: string; counts: Counts }) {
  return (
    <div className="space-y-3">
      <form action={base} role="search" className="flex max-w-xl gap-2">
        {status ? <input type="hidden" name="status" value={status} /> : null}
        <label htmlFor="guest-search" className="sr-only">
          Search guests
        </label>
        <Input id="guest-search" name="q" type="search" defaultValue={q} placeholder="Name, organization or email" className="min-w-0 flex-1" />
        <Button type="submit" variant="secondary">
          <Search aria-hidden="true" />
          Search
        </Button>
      </form>
      <nav aria-label="Filter by answer" className="flex flex-wrap gap-1.5">
        {FILTERS.map((f) => {
          const active = (status ?? "") === f.status;
          return (
            <NextLink
              key={f.label}
              href={href(base, { status: f.status, q })}
              aria-current={active ? "page" : undefined}
              className={cn(
                "inline-flex min-h-8 items-center gap-1.5 rounded-full border px-3 text-[13px] font-medium",
                active ? "border-ink bg-ink text-paper" : "border-line-strong bg-paper text-ink hover:border-ink",
              )}
            >
              {f.label}
              <span className={cn("tabular-nums", active ? "text-paper/80" : "text-muted")}>{f.count(counts).toLocaleString("en-GB")}</span>
            </NextLink>
          );
        })}
      </nav>
    </div>
  );
}
