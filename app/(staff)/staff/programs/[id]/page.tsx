import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ProgramForm } from "@/components/directory/program-form";
import { RecordDetails } from "@/components/directory/record-details";
import { formatCount } from "@/components/directory/record-link";
import { PageHeader } from "@/components/staff/page-header";
import { Button, Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui";
import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { getProgram } from "@/lib/directory/queries";
import { updateProgramAction } from "../actions";

type Params = Promise<{ id: string }>;

// Read once per request, for the title and the page; a malformed id is null
// before it reaches the database.
const loadProgram = cache(async (id: string) => getProgram(getDb(), id));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  await requireStaff("viewer");
  const program = await loadProgram((await params).id);
  return { title: program ? program.name : "Program not found" };
}

export default async function ProgramPage({ params }: { params: Params }) {
  const staff = await requireStaff("viewer");
  const program = await loadProgram((await params).id);
  if (!program) notFound();
  const canEdit = hasRole(staff.role, "editor");
  const n = program.eventCount;

  return (
    <>
      <PageHeader
        title={program.name}
        description={program.slug}
        actions={
          <Button asChild variant="ghost">
            <NextLink href="/staff/programs">Back to programs</NextLink>
          </Button>
        }
      />
      <Card className="max-w-3xl">
        <CardHeader>
          <CardTitle as="h2">{canEdit ? "Details" : "Details (read only)"}</CardTitle>
          <CardDescription>{n === 0 ? "No events in this program yet." : `${formatCount(n)} ${n === 1 ? "event" : "events"} in this program.`}</CardDescription>
        </CardHeader>
        <CardContent>
          {canEdit ? (
            <ProgramForm action={updateProgramAction} programId={program.id} program={{ name: program.name, slug: program.slug, description: program.description }} />
          ) : (
            <RecordDetails
              rows={[
                ["Name", program.name],
                ["Slug", program.slug],
                ["Description", program.description],
              ]}
            />
          )}
        </CardContent>
      </Card>
    </>
  );
}
