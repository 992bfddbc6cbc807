import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/public/not-found-message";
import { SiteFooter } from "@/components/public/site-footer";
import { SiteHeader } from "@/components/public/site-header";
import { getDb } from "@/db";
import { DEFAULT_INSTITUTE, type Institute } from "@/lib/settings/institute";
import { getInstituteCached, instituteLogoPath } from "@/lib/settings/queries";

export const metadata: Metadata = { title: "Page not found" };

/** The institute's name for the header; the page still helps if the database cannot answer. */
async function institute(): Promise<Institute> {
  try {
    return await getInstituteCached(getDb());
  } catch {
    return DEFAULT_INSTITUTE;
  }
}

// An address no route matches: only the root layout is around this page, so
// it brings the site's own header and footer. A page inside the public site
// or the staff pages that finds nothing uses the not-found page of its own
// section (app/(public)/not-found.tsx, app/(staff)/staff/not-found.tsx), inside that section's frame.
export default async function NotFound() {
  const found = await institute();
  const { name, postalAddress } = found;
  const logo = instituteLogoPath(found);
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader instituteName={name} logo={logo} />
      <main id="main" className="flex flex-1 flex-col">
        <NotFoundMessage />
      </main>
      <SiteFooter instituteName={name} postalAddress={postalAddress} logo={logo} />
    </div>
  );
}
