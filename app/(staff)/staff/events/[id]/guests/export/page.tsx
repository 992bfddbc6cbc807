import type { Metadata } from "next";
import NextLink from "next/link";
import { redirect } from "next/navigation";
import { Download, Printer, ShieldAlert } from "@/components/icons/lucide";
import { BackLink } from "@/components/staff/back-link";
import { Button } from "@/components/ui";
import { requireStaff } from "@/lib/auth/session";
import { loadEvent } from "../../load";

export const metadata: Metadata = { title: "Export the guest list" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ExportGuestsPage({ params, searchParams }: Props) {
  await requireStaff("viewer");
  const event = await loadEvent((await params).id);
  const query = await searchParams;
  const print = query.print === "1";
  const confidential = event.attribution !== "on_record";
  const confirmed = !confidential || query.confirmed === "1";
  const base = `/staff/events/${event.id}/guests`;
  const csv = `${base}/export.csv${confidential ? "?confirmed=1" : ""}`;

  if (!confirmed) return <ConfirmConfidential event={event} print={print} base={base} csv={csv} />;

  if (!print) {
    return (
      <section className="max-w-2xl space-y-4 text-sm">
        <p className="text-muted">One row a guest: name, title, affiliation, email, answer, plus-one, dietary and accessibility needs, who answered on their behalf.</p>
        <div className="flex flex-wrap gap-2">
          <Button asChild variant="primary">
            <a href={csv} download>
              <Download aria-hidden="true" />
              Download the CSV
            </a>
          </Button>
          <Button asChild variant="secondary">
            <a href={`${csv}${csv.includes("?") ? "&" : "?"}sort=precedence`} download>
              <Download aria-hidden="true" />
              In order of precedence
            </a>
          </Button>
          <BackLink href={base}>Back to the guest list</BackLink>
        </div>
      </section>
    );
  }

  redirect(`${base}/print${confidential ? "?confirmed=1" : ""}`);
}

/** Before a confidential list leaves Convene: what the rule asks of whoever holds it. */
function ConfirmConfidential({ event, print, base, csv }: { event: Awaited<ReturnType<typeof loadEvent>>; print: boolean; base: string; csv: string }) {
  const rule = event.attribution === "chatham_house" ? "the Chatham House rule" : "an off-the-record rule";
  return (
    <section aria-labelledby="confirm-heading" className="max-w-2xl rounded-md border border-warning/40 bg-warning-tint/50 p-6">
      <div className="flex gap-3">
        <ShieldAlert aria-hidden="true" className="mt-0.5 size-6 shrink-0 text-warning" />
        <div className="space-y-3 text-sm leading-relaxed text-ink">
          <h2 id="confirm-heading" className="text-lg font-semibold">
            This guest list is confidential
          </h2>
          <p>
            “{event.title}” is held under {rule}: those present may use what is said, but not reveal who said it or who was there. A
            {print ? " printed" : "n exported"} list is a copy of who attended that leaves Convene.
          </p>
          <p>Keep it inside the institute, share it only with those who need it (catering, security, the door), and destroy it after the event.</p>
          <div className="flex flex-wrap gap-2 pt-1">
            {print ? (
              <Button asChild variant="primary">
                <NextLink href={`${base}/print?confirmed=1`}>
                  <Printer aria-hidden="true" />I understand: show the list to print
                </NextLink>
              </Button>
            ) : (
              <Button asChild variant="primary">
                <a href={csv} download>
                  <Download aria-hidden="true" />I understand: download the CSV
                </a>
              </Button>
            )}
            <BackLink href={base}>Back to the guest list</BackLink>
          </div>
        </div>
      </div>
    </section>
  );
}
