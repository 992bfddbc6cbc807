import { PageSkeleton } from "@/components/staff/page-skeleton";

// No page lives under the calendar, so nothing here needs to answer 404.
export default function Loading() {
  return <PageSkeleton title="Calendar" kind="calendar" />;
}
