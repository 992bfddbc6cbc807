import { LogOut, Menu } from "@/components/icons/lucide";
import Link from "next/link";
import { hasRole, roleLabel, type StaffRole } from "@/lib/auth/roles";
import { StaffNavLinks, type StaffNavItem } from "./staff-nav-links";

type Props = {
  staff: { name: string | null; email: string; role: StaffRole };
  signOut: () => Promise<void>;
  children: React.ReactNode;
};

// The staff sections, in the order of a working day; "Staff" and "Settings" are for admins.
const SECTIONS: (StaffNavItem & { role?: StaffRole })[] = [
  { href: "/staff", label: "Dashboard", icon: "LayoutDashboard", exact: true },
  { href: "/staff/events", label: "Events", icon: "CalendarDays" },
  { href: "/staff/calendar", label: "Calendar", icon: "CalendarRange" },
  { href: "/staff/people", label: "People", icon: "Contact" },
  { href: "/staff/organizations", label: "Organizations", icon: "Landmark" },
  { href: "/staff/venues", label: "Venues", icon: "Building2" },
  { href: "/staff/programs", label: "Programmes", icon: "Tags" },
  { href: "/staff/reports", label: "Reports", icon: "ChartColumn" },
  { href: "/staff/email", label: "Email", icon: "Mail" },
  { href: "/staff/users", label: "Staff", icon: "Users", role: "admin" },
  { href: "/staff/settings", label: "Settings", icon: "Settings", role: "admin" },
];

function Navigation({ role }: { role: StaffRole }) {
  return <StaffNavLinks items={SECTIONS.filter((s) => !s.role || hasRole(role, s.role)).map(({ href, label, icon, exact }) => ({ href, label, icon, exact }))} />;
}

function Who({ staff, signOut }: Pick<Props, "staff" | "signOut">) {
  return (
    <div className="space-y-2">
      <div className="min-w-0">
        <p className="truncate text-sm font-medium text-ink">{staff.name ?? staff.email}</p>
        <p className="truncate text-xs text-muted">
          {roleLabel(staff.role)} · {staff.email}
        </p>
      </div>
      <form action={signOut}>
        <button
          type="submit"
          className="inline-flex min-h-8 items-center gap-1.5 rounded-md px-2 -ml-2 text-sm font-medium text-muted hover:bg-surface-sunken hover:text-ink"
        >
          <LogOut aria-hidden="true" className="size-4" />
          Sign out
        </button>
      </form>
    </div>
  );
}

export function StaffShell({ staff, signOut, children }: Props) {
  // One navigation for every width, drawn once: on a desk a sidebar, on a phone
  // and a tablet a top bar whose menu opens without JavaScript (a popover,
  // which a browser shows above the page and closes on Escape or a tap beside it).
  return (
    <div className="min-h-dvh bg-paper lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] print:block">
      {/* In the flow when focused (a bar above the page), so it covers nothing. */}
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:block focus:bg-ink focus:px-4 focus:py-3 focus:text-paper focus:underline lg:col-span-2"
      >
        Skip to content
      </a>
      <header
        data-print="hide"
        className="sticky top-0 z-30 border-b border-line bg-surface lg:flex lg:h-dvh lg:flex-col lg:border-b-0 lg:border-r"
      >
        <div className="flex min-h-12 items-center justify-between px-4 lg:block lg:min-h-0 lg:px-5 lg:pb-4 lg:pt-5">
          <Link href="/staff" className="font-serif text-lg font-semibold text-ink lg:text-xl lg:tracking-tight">
            Convene
          </Link>
          <button
            type="button"
            popoverTarget="staff-menu"
            className="flex min-h-12 cursor-pointer items-center gap-1.5 text-sm font-medium text-ink lg:hidden"
          >
            <Menu aria-hidden="true" className="size-5" /> Menu
          </button>
        </div>
        <div
          id="staff-menu"
          popover="auto"
          className="inset-x-0 bottom-auto top-12 m-0 max-h-[calc(100dvh-3rem)] w-auto space-y-4 overflow-y-auto border-x-0 border-y border-line bg-surface px-3 pb-4 pt-3 text-ink shadow-card lg:static lg:flex lg:max-h-none lg:min-h-0 lg:flex-1 lg:flex-col lg:space-y-0 lg:overflow-visible lg:border-y-0 lg:bg-transparent lg:p-0 lg:shadow-none"
        >
          <nav aria-label="Staff" className="lg:flex-1 lg:overflow-y-auto lg:px-3">
            <Navigation role={staff.role} />
          </nav>
          <div className="border-t border-line pt-3 lg:px-4 lg:pb-3">
            <Who staff={staff} signOut={signOut} />
          </div>
        </div>
      </header>
      <main id="main" className="min-w-0 px-4 py-6 sm:px-8 lg:py-8">
        {children}
      </main>
    </div>
  );
}
