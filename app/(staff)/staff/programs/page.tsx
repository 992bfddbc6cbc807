import type { Metadata } from "next";
import { Layers } from "lucide-react";
import { ProgramForm } from "@/components/directory/program-form";
import { ProgramsTable } from "@/components/directory/programs-table";
import { formatCount } from "@/components/directory/record-link";
import { PageHeader } from "@/components/staff/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle, EmptyState } from "@/components/ui";
import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { listProgramsWithEventCounts } from "@/lib/directory/queries";
import { createProgramAction } from "./actions";

export const metadata: Metadata = { title: "Programs" };

export default async function ProgramsPage() {
  const staff = await requireStaff("viewer");
  const programs = await listProgramsWithEventCounts(getDb());
  const canEdit = hasRole(staff.role, "editor");

  return (
    <>
      <PageHeader title="Programs" description="The institute's programs of work; each event and recap can belong to one." />
      <div className={canEdit ? "grid gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]" : undefined}>
        <section aria-labelledby="programs-count" className="min-w-0 space-y-3">
          <h2 id="programs-count" className="text-sm font-medium text-ink">
            {formatCount(programs.length)} {programs.length === 1 ? "program" : "programs"}
          </h2>
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
        </section>
        {canEdit ? (
          <Card className="h-fit min-w-0">
            <CardHeader>
              <CardTitle as="h2">Add program</CardTitle>
              <CardDescription>Only the name is needed.</CardDescription>
            </CardHeader>
            <CardContent>
              <ProgramForm action={createProgramAction} />
            </CardContent>
          </Card>
        ) : null}
      </div>
    </>
  );
}
