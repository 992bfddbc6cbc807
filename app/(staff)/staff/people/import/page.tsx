import type { Metadata } from "next";
import { BackLink } from "@/components/staff/back-link";
import { PageHeader } from "@/components/staff/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui";
import { requireStaff } from "@/lib/auth/session";
import { ImportForm } from "@/components/people/csv-import-form";
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
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <Card className="min-w-0">
          <CardContent>
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
          </CardContent>
        </Card>
        <Card className="min-w-0 self-start">
          <CardHeader>
            <CardTitle as="h2">What the file needs</CardTitle>
          </CardHeader>
          <CardContent className="space-y-3 text-sm text-muted">
            <p>
              A header row, then one person per row. Columns: <span className="text-ink">Honorific, Given name, Family name, Title, Affiliation, Email</span>.
              Only the two names are required; “First name”, “Last name”, “Position” and “Organization” work too.
            </p>
            <p>If any row has a problem, nothing is imported and every problem is listed by line, so the file can be fixed in one go.</p>
            <p>A blank cell never erases what the directory already knows about someone.</p>
            <pre tabIndex={0} aria-label="An example file" className="overflow-x-auto rounded-md border border-line bg-surface p-3 font-mono text-xs text-ink">{EXAMPLE}</pre>
          </CardContent>
        </Card>
      </div>
    </>
  );
}
