import { Building2, CalendarDays, ChartColumn, CalendarRange, Contact, Landmark, LayoutDashboard, LogOut, Mail, Menu, Settings, Tags, Users, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { hasRole, roleLabel, type StaffRole } from "@/lib/auth/roles";
import { NavLink } from "./nav-link";

type Props = {
  staff: { name: string | null; email: string; role: StaffRole };
  signOut: () => Promise<void>;
  children: React.ReactNode;
};

// The staff sections, in the order of a working day; "Staff" and "Settings" are for admins.
const SECTIONS: { href: string; label: string; icon: LucideIcon; exact?: boolean; role?: StaffRole }[] = [
  { href: "/staff", label: "Dashboard", icon: LayoutDashboard, exact: true },
  { href: "/staff/events", label: "Events", icon: CalendarDays },
  { href: "/staff/calendar", label: "Calendar", icon: CalendarRange },
  { href: "/staff/people", label: "People", icon: Contact },
  { href: "/staff/organizations", label: "Organizations", icon: Landmark },
  { href: "/staff/venues", label: "Venues", icon: Building2 },
  { href: "/staff/programs", label: "Programmes", icon: Tags },
  { href: "/staff/reports", label: "Reports", icon: ChartColumn },
  { href: "/staff/email", label: "Email", icon: Mail },
  { href: "/staff/users", label: "Staff", icon: Users, role: "admin" },
  { href: "/staff/settings", label: "Settings", icon: Settings, role: "admin" },
];

function Navigation({ role }: { role: StaffRole }) {
  return (
    <ul className="space-y-1">
      {SECTIONS.filter((s) => !s.role || hasRole(role, s.role)).map(({ href, label, icon: Icon, exact }) => (
        <li key={href}>
          <NavLink href={href} exact={exact}>
            <Icon aria-hidden="true" className="size-4" /> {label}
          </NavLink>
        </li>
      ))}
    </ul>
  );
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
  return (
    <div className="min-h-dvh bg-paper lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] print:block">
      {/* In the flow when focused (a bar above the page), so it covers nothing. */}
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:block focus:bg-ink focus:px-4 focus:py-3 focus:text-paper focus:underline lg:col-span-2"
      >
        Skip to content
      </a>
      {/* Phone and tablet: a top bar whose menu opens without JavaScript. */}
      <header data-print="hide" className="sticky top-0 z-30 flex min-h-12 items-center justify-between border-b border-line bg-surface px-4 lg:hidden">
        <Link href="/staff" className="font-serif text-lg font-semibold text-ink">
          Convene
        </Link>
        {/* The summary holds only its own words: a link inside it would be a control inside a control. */}
        <details className="group">
          <summary className="flex min-h-12 cursor-pointer list-none items-center gap-1.5 text-sm font-medium text-ink [&::-webkit-details-marker]:hidden">
            <Menu aria-hidden="true" className="size-5" /> Menu
          </summary>
          <nav aria-label="Staff" className="absolute inset-x-0 top-full space-y-4 border-y border-line bg-surface px-3 pb-4 pt-3 shadow-card">
            <Navigation role={staff.role} />
            <div className="border-t border-line pt-3">
              <Who staff={staff} signOut={signOut} />
            </div>
          </nav>
        </details>
      </header>
      <aside data-print="hide" className="sticky top-0 hidden h-dvh flex-col border-r border-line bg-surface lg:flex">
        <div className="px-5 pb-4 pt-5">
          <Link href="/staff" className="font-serif text-xl font-semibold tracking-tight text-ink">
            Convene
          </Link>
        </div>
        <nav aria-label="Staff" className="flex-1 overflow-y-auto px-3">
          <Navigation role={staff.role} />
        </nav>
        <div className="border-t border-line px-4 py-3">
          <Who staff={staff} signOut={signOut} />
        </div>
      </aside>
      <main id="main" className="min-w-0 px-4 py-6 sm:px-8 lg:py-8">
        {children}
      </main>
    </div>
  );
}
