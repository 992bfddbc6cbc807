import { PageSkeleton } from "@/components/staff/page-skeleton";

// Only this list streams: the pages beside it (a person by their id) keep answering 404 for what does not exist.
export default function Loading() {
  return <PageSkeleton title="People" />;
}
