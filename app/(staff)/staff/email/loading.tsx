import { PageSkeleton } from "@/components/staff/page-skeleton";

// No page lives under the outbox, so nothing here needs to answer 404.
export default function Loading() {
  return <PageSkeleton title="Email" />;
}
