import { PrintButton } from "@/components/guests/print-button";
import { BackLink } from "@/components/staff/back-link";

/** Above a printable page, on screen only: what it is, Print, and the way back. */
export function PrintToolbar({ summary, back, backLabel }: { summary: string; back: string; backLabel: string }) {
  return (
    <div data-print="hide" className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <p className="text-sm text-muted">{summary}</p>
        <div className="flex flex-wrap gap-2">
          <PrintButton />
          <BackLink href={back}>{backLabel}</BackLink>
        </div>
      </div>
    </div>
  );
}
