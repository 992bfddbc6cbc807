import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/staff/page-header";
import { Badge, EmptyState, Table, TBody, TD, TH, THead, TR, cn } from "@/components/ui";
import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { countOutboxByStatus, listOutbox, overdueEmails } from "@/lib/email/queries";
import { OverdueEmailNotice } from "@/components/staff/overdue-email-notice";
import { formatShortWhen } from "@/lib/events/time";
import { viewerTimeZone } from "@/lib/events/viewer-zone";
import { getInstituteTimeZone } from "@/lib/settings/time-zone";
import { RetryButton } from "./retry-button";

export const metadata: Metadata = { title: "Email" };

const STATUSES = ["failed", "pending", "sending", "sent", "suppressed"] as const;
type Status = (typeof STATUSES)[number];

function statusBadge(status: Status) {
  switch (status) {
    case "sent":
      return <Badge variant="success">Sent</Badge>;
    case "failed":
      return <Badge variant="danger">Failed</Badge>;
    case "suppressed":
      return <Badge variant="warning">Not sent: address suppressed</Badge>;
    case "pending":
      return <Badge variant="neutral">Waiting</Badge>;
    case "sending":
      return <Badge variant="accent">Sending</Badge>;
    default:
      return status satisfies never;
  }
}

export default async function EmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff("viewer");
  const params = await searchParams;
  const status = STATUSES.find((s) => s === params.status);
  const db = getDb();
  const now = new Date();
  const [counts, rows, readerZone, instituteZone, overdue] = await Promise.all([
    countOutboxByStatus(db),
    listOutbox(db, { status, limit: 200 }),
    viewerTimeZone(),
    getInstituteTimeZone(db),
    overdueEmails(db, now),
  ]);
  // In the house style, in the reader's own zone (the institute's until their browser has said).
  const zone = readerZone ?? instituteZone;
  const canRetry = hasRole(staff.role, "editor");
  return (
    <>
      <PageHeader title="Email" description="Every email Convene sends, newest first. Failed emails can be sent again once the address is right." />
      {overdue.since ? <OverdueEmailNotice count={overdue.count} since={overdue.since} now={now} /> : null}
      <nav aria-label="Filter by status" className="mb-5 flex flex-wrap gap-2">
        {[undefined, ...STATUSES].map((s) => {
          const active = s === status;
          const count = s ? (counts[s] ?? 0) : Object.values(counts).reduce((a, b) => a + b, 0);
          return (
            <Link
              key={s ?? "all"}
              href={s ? `/staff/email?status=${s}` : "/staff/email"}
              aria-current={active ? "page" : undefined}
              className={cn(
                "inline-flex min-h-8 items-center gap-1.5 rounded-full border px-3 text-sm",
                active ? "border-ink bg-ink text-paper" : "border-line bg-paper text-ink hover:border-line-strong",
              )}
            >
              {s ? s[0].toUpperCase() + s.slice(1) : "All"} <span className={active ? "text-paper/80" : "text-muted"}>{count}</span>
            </Link>
          );
        })}
      </nav>
      {rows.length === 0 ? (
        <EmptyState title="No emails here" description={status ? "Nothing with this status." : "Emails appear here as soon as Convene queues them."} />
      ) : (
        <Table label="Emails" stickyHeader cards>
          <THead>
            <TR>
              <TH>To</TH>
              <TH>Email</TH>
              <TH>Status</TH>
              <TH align="right">Attempts</TH>
              <TH>Queued</TH>
              {canRetry ? <TH align="right"><span className="sr-only">Actions</span></TH> : null}
            </TR>
          </THead>
          <TBody>
            {rows.map((r) => (
              <TR key={r.id}>
                <TD card="title" className="font-medium text-ink">{r.toAddress}</TD>
                <TD label="Email" className="text-muted">{r.template}</TD>
                <TD label="Status">
                  {statusBadge(r.status)}
                  {r.lastError && r.status !== "sent" ? <p className="mt-1 max-w-sm text-xs text-muted">{r.lastError}</p> : null}
                </TD>
                <TD label="Attempts" align="right" className="tabular-nums">{r.attempts}</TD>
                <TD label="Queued" className="whitespace-nowrap text-sm text-muted"><time dateTime={r.createdAt.toISOString()}>{formatShortWhen(r.createdAt, zone)}</time></TD>
                {canRetry ? <TD card="action" align="right">{r.status === "failed" ? <RetryButton id={r.id} recipient={r.toAddress} /> : null}</TD> : null}
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
