import type { Metadata } from "next";
import { ImportForm } from "@/components/people/csv-import-form";
import { CsvImportLayout } from "@/components/people/csv-import-layout";
import { BackLink } from "@/components/staff/back-link";
import { PageHeader } from "@/components/staff/page-header";
import { getDb } from "@/db";
import { requireStaff } from "@/lib/auth/session";
import { parseId } from "@/lib/ids";
import { getContactList } from "@/lib/people/lists";
import { importTagsCsvAction } from "./actions";

export const metadata: Metadata = { title: "Import tags" };

const EXAMPLE = `Email,Tags
ine.soreide@example.org,Board; WPS network
adam.lupel@example.org,Donors`;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ImportTagsPage({ searchParams }: Props) {
  await requireStaff("editor");
  const raw = (await searchParams).list;
  const id = parseId(Array.isArray(raw) ? raw[0] : raw);
  const found = id ? await getContactList(getDb(), id) : null;
  const list = found && !found.smart ? found : null;
  const back = list ? `/staff/people/lists/${list.id}` : "/staff/people/lists";
  return (
    <>
      <PageHeader
        title={list ? `Import into “${list.name}”` : "Import tags"}
        description={list ? "Add people to this list by email address, and tag them if the file says so." : "Tag people in the directory from a spreadsheet, by email address."}
        actions={<BackLink href={back}>{list ? "Back to the list" : "Back to lists"}</BackLink>}
      />
      <CsvImportLayout
        example={EXAMPLE}
        form={
          <ImportForm
            action={importTagsCsvAction}
            fields={list ? { listId: list.id } : {}}
            submitLabel={list ? "Import into the list" : "Import tags"}
            countLabels={[
              { key: "people", label: "rows read" },
              { key: "tagged", label: "tags put on people" },
              ...(list ? [{ key: "addedToList", label: `added to “${list.name}”` }] : []),
            ]}
            done={{ href: back, label: list ? "See the list" : "See the lists" }}
          />
        }
      >
        <p>
          A header row, then one person per row. Columns: <span className="text-ink">Email</span> (required) and <span className="text-ink">Tags</span>, several tags separated by
          semicolons. Other columns of a People or list export are passed over, so an export imports as it is.
        </p>
        <p>Everyone must already be in the directory: import new people on the People page first.</p>
        <p>If any row has a problem, nothing is imported and every problem is listed by line.</p>
      </CsvImportLayout>
    </>
  );
}
