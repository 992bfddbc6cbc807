import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { GuestCard } from "@/components/public/guest-card";
import { Button } from "@/components/ui";
import { getDb } from "@/db";
import { formatOptOutDate } from "@/lib/invitations/recipient-rules";
import { ONE_CLICK_BODY } from "@/lib/opt-out/headers";
import { findPersonByOptOutToken } from "@/lib/opt-out/queries";
import { getInstituteCached } from "@/lib/settings/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const institute = await getInstituteCached(getDb());
  return { title: `Stop invitations from ${institute.shortName}` };
}

const [FIELD, VALUE] = ONE_CLICK_BODY.split("=");

// Mail scanners open every link: this page only reads. The button posts to
// this same address (proxy.ts hands the POST to ./post), which is also the
// address a mail provider's one-click "Unsubscribe" posts to.
export default async function OptOutPage({ params }: Props) {
  const { token } = await params;
  const db = getDb();
  const [person, institute] = await Promise.all([findPersonByOptOutToken(db, token), getInstituteCached(db)]);
  if (!person) notFound();
  const name = institute.shortName;
  if (person.optedOutAt) {
    return (
      <GuestCard title={`You will receive no more invitations from ${name}`}>
        <p role="status">You asked on {formatOptOutDate(person.optedOutAt)}. We will not invite you to events again.</p>
        <p className="text-muted">Emails about events you have already accepted (confirmations, changes, cancellations) still reach you.</p>
        <p className="border-t border-line pt-4">
          Changed your mind?{" "}
          <Link href="/opt-in" className="font-medium text-ink underline underline-offset-4">
            Receive invitations again
          </Link>
        </p>
      </GuestCard>
    );
  }
  return (
    <GuestCard title={`Stop invitations from ${name}?`}>
      <p>You will receive no more invitations to {institute.name} events.</p>
      <p className="text-muted">Emails about events you have already accepted (confirmations, changes, cancellations) still reach you.</p>
      <form method="post" action={`/opt-out/${token}`}>
        <input type="hidden" name={FIELD} value={VALUE} />
        <input type="hidden" name="from" value="page" />
        <Button type="submit" variant="primary" size="lg" className="w-full sm:w-auto">
          Stop invitations
        </Button>
      </form>
    </GuestCard>
  );
}
