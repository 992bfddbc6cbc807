import type { Metadata } from "next";
import { ImportForm } from "@/components/people/csv-import-form";
import { CsvImportLayout } from "@/components/people/csv-import-layout";
import { BackLink } from "@/components/staff/back-link";
import { PageHeader } from "@/components/staff/page-header";
import { requireStaff } from "@/lib/auth/session";
import { importPeopleCsv } from "./actions";

export const metadata: Metadata = { title: "Import people" };

const EXAMPLE = `Honorific,Given name,Family name,Title,Affiliation,Email
H.E. Ms.,Ine Eriksen,Søreide,Minister of Foreign Affairs,Norway,ine.soreide@example.org
,Adam,Lupel,"Vice President, Chief Operating Officer",International Peace Institute,`;

export default async function ImportPeoplePage() {
  // Viewers may only read; this page exists to write.
  await requireStaff("editor");
  return (
    <>
      <PageHeader
        title="Import people"
        description="Add a list from a spreadsheet. Rows whose email matches someone already here update that person; the rest are added."
        actions={<BackLink href="/staff/people">Back to people</BackLink>}
      />
      <CsvImportLayout
        example={EXAMPLE}
        form={
          <ImportForm
            action={importPeopleCsv}
            submitLabel="Import people"
            countLabels={[
              { key: "created", label: "added to the directory" },
              { key: "updated", label: "updated (matched by email)" },
              { key: "unchanged", label: "already up to date" },
            ]}
            done={{ href: "/staff/people", label: "See the directory" }}
          />
        }
      >
        <p>
          A header row, then one person per row. Columns: <span className="text-ink">Honorific, Given name, Family name, Title, Affiliation, Email</span>. Only the
          two names are required; “First name”, “Last name”, “Position” and “Organization” work too.
        </p>
        <p>If any row has a problem, nothing is imported and every problem is listed by line, so the file can be fixed in one go.</p>
        <p>A blank cell never erases what the directory already knows about someone.</p>
      </CsvImportLayout>
    </>
  );
}
