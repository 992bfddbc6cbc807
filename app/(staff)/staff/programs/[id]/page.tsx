import { ProgramForm } from "@/components/reference-data/program-form";
import { RecordCard } from "@/components/reference-data/record-card";
import { formatCount } from "@/components/reference-data/record-link";
import { BackLink } from "@/components/staff/back-link";
import { PageHeader } from "@/components/staff/page-header";
import { getProgram } from "@/lib/reference-data/queries";
import { updateProgramAction } from "../actions";
import { referenceRecordRoute } from "../../record-route";

const route = referenceRecordRoute(getProgram, "Program not found");
export const generateMetadata = route.generateMetadata;

export default async function ProgramPage({ params }: { params: Promise<{ id: string }> }) {
  const { record: program, canEdit } = await route.load(params);
  const n = program.eventCount;

  return (
    <>
      <PageHeader title={program.name} description={program.slug} actions={<BackLink href="/staff/programs">Back to programs</BackLink>} />
      <RecordCard
        canEdit={canEdit}
        description={n === 0 ? "No events in this program yet." : `${formatCount(n)} ${n === 1 ? "event" : "events"} in this program.`}
        form={<ProgramForm action={updateProgramAction} programId={program.id} program={{ name: program.name, slug: program.slug, description: program.description }} />}
        details={[
          ["Name", program.name],
          ["Slug", program.slug],
          ["Description", program.description],
        ]}
      />
    </>
  );
}
