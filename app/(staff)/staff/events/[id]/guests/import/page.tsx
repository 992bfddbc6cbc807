import type { Metadata } from "next";
import { ImportForm } from "@/components/people/csv-import-form";
import { CsvImportLayout } from "@/components/people/csv-import-layout";
import { BackLink } from "@/components/staff/back-link";
import { importGuestList } from "../actions";
import { loadEventToEdit } from "../../load";

export const metadata: Metadata = { title: "Import guests" };

const EXAMPLE = `Honorific,Given name,Family name,Title,Affiliation,Email
H.E. Mr.,Espen Barth,Eide,Minister of Foreign Affairs,Norway,espen.eide@example.org
Dr.,Adam,Lupel,Vice President,International Peace Institute,adam.lupel@example.org`;

export default async function ImportGuestsPage({ params }: { params: Promise<{ id: string }> }) {
  const event = await loadEventToEdit(params);
  const base = `/staff/events/${event.id}/guests`;
  return (
    <CsvImportLayout
      title="Import guests from a spreadsheet"
      example={EXAMPLE}
      form={
        <ImportForm
          action={importGuestList}
          fields={{ eventId: event.id }}
          submitLabel="Add to the guest list"
          countLabels={[
            { key: "added", label: "added to the guest list" },
            { key: "created", label: "new to the directory" },
            { key: "alreadyListed", label: "already on the list" },
          ]}
          done={{ href: base, label: "See the guest list" }}
        />
      }
      footer={<BackLink href={base}>Back to the guest list</BackLink>}
    >
      <p>
        A header row, then one guest per row, each with an <span className="text-ink">email address</span>: that is how a row finds its person in the directory,
        and where the invitation goes.
      </p>
      <p>People not yet in the directory are added to it. People already there keep what the directory says about them.</p>
      <p>If any row has a problem, nothing is added and every problem is listed by line. Guests are added as not yet invited.</p>
    </CsvImportLayout>
  );
}
