import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GuestCard } from "@/components/public/guest-card";
import { Button } from "@/components/ui";
import { getDb } from "@/db";
import { findPersonByOptInToken } from "@/lib/opt-out/queries";
import { getInstituteCached } from "@/lib/settings/queries";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Receive invitations again" };

// Opened from the email we sent on request. Reading it changes nothing; the
// button posts to this same address (proxy.ts hands the POST to ./post).
export default async function OptInPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const db = getDb();
  const [person, institute] = await Promise.all([findPersonByOptInToken(db, token), getInstituteCached(db)]);
  if (!person) notFound();
  return (
    <GuestCard title={`Receive invitations from ${institute.shortName} again?`}>
      <p>You asked not to receive invitations from {institute.name}. Confirm, and we may invite you to events again.</p>
      <form method="post" action={`/opt-in/${token}`}>
        <Button type="submit" variant="primary" size="lg" className="w-full sm:w-auto">
          Receive invitations again
        </Button>
      </form>
    </GuestCard>
  );
}
