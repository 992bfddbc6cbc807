"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { Building2, CalendarDays, CalendarRange, ChartColumn, Contact, Landmark, LayoutDashboard, Mail, Settings, Tags, Users, type LucideIcon } from "@/components/icons/lucide";
import { cn } from "@/components/ui";

/** The staff sections' icons, by name: the server names them, this draws them. */
const ICONS = { LayoutDashboard, CalendarDays, CalendarRange, Contact, Landmark, Building2, Tags, ChartColumn, Mail, Users, Settings } satisfies Record<string, LucideIcon>;

export type StaffNavIcon = keyof typeof ICONS;
export type StaffNavItem = { href: string; label: string; icon: StaffNavIcon; exact?: boolean };

/**
 * The staff navigation's links, the current section marked. One client
 * component for the whole list: every staff page's payload carries the
 * sections as a short list of words, not an element, an icon's drawing and a
 * client component per link.
 */
export function StaffNavLinks({ items }: { items: readonly StaffNavItem[] }) {
  const pathname = usePathname();
  return (
    <ul className="space-y-1">
      {items.map(({ href, label, icon, exact }) => {
        const Icon = ICONS[icon];
        const active = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
        return (
          <li key={href}>
            <Link
              href={href}
              aria-current={active ? "page" : undefined}
              // On a phone the menu is a popover: the page changes under it, so it closes.
              onClick={(e) => (e.currentTarget.closest("[popover]") as HTMLElement | null)?.hidePopover?.()}
              className={cn(
                "flex min-h-9 items-center gap-2.5 rounded-md px-3 text-sm font-medium text-muted hover:bg-surface-sunken hover:text-ink",
                active && "bg-paper text-ink shadow-card ring-1 ring-line",
              )}
            >
              <Icon aria-hidden="true" className="size-4" /> {label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
