import type { Metadata } from "next";
import { GuestCard } from "@/components/public/guest-card";
import { getDb } from "@/db";
import { getInstituteCached } from "@/lib/settings/queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Invitations again" };

export default async function OptedInPage() {
  const institute = await getInstituteCached(getDb());
  return (
    <GuestCard title={`You will receive invitations from ${institute.shortName} again`}>
      <p role="status">Thank you. Future invitations come to the same address, each with its own link to answer.</p>
    </GuestCard>
  );
}
