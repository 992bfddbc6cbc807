import { cn } from "@/components/ui";

function Bar({ className }: { className?: string }) {
  return <span aria-hidden="true" className={cn("block animate-pulse rounded-sm bg-surface-sunken motion-reduce:animate-none", className)} />;
}

/**
 * What a staff list page shows while its rows come from the database: its
 * real heading at once, then the shape of a list (rows on a wide screen,
 * cards on a phone). Only for pages that cannot answer 404 (a streamed page
 * answers 200 whatever it finds), so it sits in a route group of its own.
 */
export function PageSkeleton({ title, rows = 8, toolbar = true, kind = "list" }: { title: string; rows?: number; toolbar?: boolean; kind?: "list" | "calendar" }) {
  return (
    <div role="status" aria-live="polite" data-skeleton="">
      <span className="sr-only">Loading {title.toLowerCase()}…</span>
      <div className="mb-6 border-b border-line pb-5">
        <h1 className="text-2xl font-semibold tracking-tight text-ink">{title}</h1>
        <Bar className="mt-2 h-4 w-full max-w-md" />
      </div>
      {toolbar ? (
        <div className="mb-5 flex flex-wrap gap-2">
          <Bar className="h-8 w-24 rounded-full" />
          <Bar className="h-8 w-20 rounded-full" />
          <Bar className="h-8 w-20 rounded-full" />
          <Bar className="h-9 w-full max-w-64 sm:ml-auto" />
        </div>
      ) : null}
      {kind === "calendar" ? (
        <div className="grid grid-cols-7 gap-px overflow-hidden rounded-md border border-line bg-line max-[45rem]:hidden">
          {Array.from({ length: 35 }, (_, i) => (
            <span key={i} className="h-24 bg-paper p-1.5">
              <Bar className="h-3 w-4" />
            </span>
          ))}
        </div>
      ) : null}
      <ul className={cn("space-y-2 min-[45rem]:space-y-0 min-[45rem]:divide-y min-[45rem]:divide-line min-[45rem]:rounded-md min-[45rem]:border min-[45rem]:border-line", kind === "calendar" && "min-[45rem]:hidden")}>
        {Array.from({ length: rows }, (_, i) => (
          <li key={i} className="space-y-2 rounded-md border border-line p-3.5 min-[45rem]:flex min-[45rem]:items-center min-[45rem]:gap-6 min-[45rem]:space-y-0 min-[45rem]:rounded-none min-[45rem]:border-0 min-[45rem]:px-3 min-[45rem]:py-3">
            <Bar className={cn("h-4", i % 3 === 0 ? "w-3/4" : i % 3 === 1 ? "w-2/3" : "w-1/2", "min-[45rem]:w-1/3")} />
            <Bar className="h-3 w-1/2 min-[45rem]:w-1/4" />
            <Bar className="h-3 w-1/3 min-[45rem]:ml-auto min-[45rem]:w-16" />
          </li>
        ))}
      </ul>
    </div>
  );
}
