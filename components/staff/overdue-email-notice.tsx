import Link from "next/link";
import { overdueLine } from "@/lib/email/overdue";

/**
 * Should never show: a deliverer sends each email within seconds. It shows
 * when emails have been due for minutes and nothing sends them, most likely
 * servers that leave delivery to the email worker while none runs.
 */
export function OverdueEmailNotice({ count, since, now }: { count: number; since: Date; now: Date }) {
  return (
    <section aria-labelledby="overdue-email-heading" className="mb-8 space-y-2 rounded-md border border-warning/50 border-l-4 border-l-warning bg-warning-tint/40 p-4">
      <h2 id="overdue-email-heading" className="font-semibold text-ink">
        Emails are not going out
      </h2>
      <p className="text-sm text-ink">{overdueLine(count, since, now)}</p>
      <p className="text-sm text-muted">
        Convene sends each email within seconds while a deliverer runs. Tell whoever runs Convene: where the servers leave delivery to the email worker (<code>CONVENE_EMAIL_DELIVERY=worker</code>), the worker is not running.
      </p>
      <p className="text-sm">
        <Link href="/staff/email?status=pending" className="font-medium text-ink underline underline-offset-4">
          See the waiting emails
        </Link>
      </p>
    </section>
  );
}
