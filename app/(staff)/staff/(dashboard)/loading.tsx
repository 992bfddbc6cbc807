import { PageSkeleton } from "@/components/staff/page-skeleton";

// Only this list streams: every other staff page keeps answering 404 for what does not exist.
export default function Loading() {
  return <PageSkeleton title="Dashboard" toolbar={false} rows={5} />;
}
