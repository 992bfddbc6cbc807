import type { Metadata } from "next";
import { Layers } from "@/components/icons/lucide";
import { ProgramForm } from "@/components/reference-data/program-form";
import { ProgramsTable } from "@/components/reference-data/programs-table";
import { ReferenceDataListLayout } from "@/components/reference-data/list-layout";
import { formatCount } from "@/components/reference-data/record-link";
import { PageHeader } from "@/components/staff/page-header";
import { EmptyState } from "@/components/ui";
import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { listProgramsWithEventCounts } from "@/lib/reference-data/queries";
import { createProgramAction } from "./actions";

export const metadata: Metadata = { title: "Programs" };

export default async function ProgramsPage() {
  const staff = await requireStaff("viewer");
  const programs = await listProgramsWithEventCounts(getDb());
  const canEdit = hasRole(staff.role, "editor");

  return (
    <>
      <PageHeader title="Programs" description="The institute's programs of work; each event and recap can belong to one." />
      <ReferenceDataListLayout
        headingId="programs-count"
        heading={`${formatCount(programs.length)} ${programs.length === 1 ? "program" : "programs"}`}
        add={canEdit ? { title: "Add program", description: "Only the name is needed.", form: <ProgramForm action={createProgramAction} /> } : null}
      >
        {programs.length === 0 ? (
          <EmptyState
            icon={Layers}
            headingLevel="h3"
            title="No programs yet"
            description={
              canEdit ? "Add the first with the form on this page; events and recaps can then be filed under it." : "An editor can add programs; events and recaps can then be filed under them."
            }
          />
        ) : (
          <ProgramsTable programs={programs} />
        )}
      </ReferenceDataListLayout>
    </>
  );
}
