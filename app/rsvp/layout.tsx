import type { Metadata } from "next";
import { GuestFrame } from "@/components/guests/guest-frame";
import { getDb } from "@/db";
import { getInstituteCached, instituteLogoPath } from "@/lib/settings/queries";

export const metadata: Metadata = {
  // A personal page: never indexed, and its address never sent on to another site.
  robots: { index: false, follow: false },
  // Same-origin only: the link never leaves in a Referer, and form posts keep the Origin that server actions check.
  referrer: "same-origin",
};

export default async function GuestLayout({ children }: { children: React.ReactNode }) {
  const institute = await getInstituteCached(getDb());
  return (
    <GuestFrame institute={institute} logoSrc={instituteLogoPath(institute)}>
      {children}
    </GuestFrame>
  );
}
