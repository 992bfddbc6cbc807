import type { Metadata } from "next";
import { GuestCard } from "@/components/public/guest-card";
import { getDb } from "@/db";
import { getInstituteCached } from "@/lib/settings/queries";
import { OptInRequestForm } from "./opt-in-request-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Receive invitations again?" };

// Only the person can opt in again, from their own inbox: staff cannot, and
// this page never says whether an address is known.
export default async function OptInRequestPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ asked }, institute] = await Promise.all([searchParams, getInstituteCached(getDb())]);
  if (asked === "1") {
    return (
      <GuestCard title="Check your email">
        <p role="status">If this address is ours, a link is on its way. It works once, for 7 days.</p>
        <p className="text-muted">It may take a minute to arrive; check your spam folder too.</p>
      </GuestCard>
    );
  }
  return (
    <GuestCard title={`Receive invitations from ${institute.shortName} again?`}>
      <p>If you asked not to be invited and have changed your mind, we will email you a link to confirm.</p>
      <OptInRequestForm />
    </GuestCard>
  );
}
