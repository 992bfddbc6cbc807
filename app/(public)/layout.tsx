import { SiteFooter } from "@/components/public/site-footer";
import { SiteHeader } from "@/components/public/site-header";
import { getDb } from "@/db";
import { getInstituteCached, instituteLogoPath } from "@/lib/settings/queries";

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const institute = await getInstituteCached(getDb());
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader instituteName={institute.name} logo={instituteLogoPath(institute)} />
      <main id="main" className="flex-1">
        {children}
      </main>
      <SiteFooter instituteName={institute.name} postalAddress={institute.postalAddress} logo={instituteLogoPath(institute)} />
    </div>
  );
}
