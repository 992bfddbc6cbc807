import type { SVGProps } from "react";

import * as arrowDownData from "lucide-react/icons/arrow-down";
import * as arrowLeftData from "lucide-react/icons/arrow-left";
import * as arrowUpData from "lucide-react/icons/arrow-up";
import * as banData from "lucide-react/icons/ban";
import * as bellOffData from "lucide-react/icons/bell-off";
import * as bellRingData from "lucide-react/icons/bell-ring";
import * as building2Data from "lucide-react/icons/building-complex";
import * as calendarDaysData from "lucide-react/icons/calendar-days";
import * as calendarPlusData from "lucide-react/icons/calendar-plus";
import * as calendarRangeData from "lucide-react/icons/calendar-range";
import * as chartColumnData from "lucide-react/icons/chart-column";
import * as checkData from "lucide-react/icons/check";
import * as chevronDownData from "lucide-react/icons/chevron-down";
import * as chevronLeftData from "lucide-react/icons/chevron-left";
import * as chevronRightData from "lucide-react/icons/chevron-right";
import * as chevronsUpDownData from "lucide-react/icons/chevrons-up-down";
import * as circleAlertData from "lucide-react/icons/circle-exclamation-point";
import * as circleCheckData from "lucide-react/icons/circle-check";
import * as circleDashedData from "lucide-react/icons/circle-dashed";
import * as circleXData from "lucide-react/icons/circle-x";
import * as clockData from "lucide-react/icons/clock";
import * as contactData from "lucide-react/icons/contact";
import * as downloadData from "lucide-react/icons/download";
import * as externalLinkData from "lucide-react/icons/external-link";
import * as fileTextData from "lucide-react/icons/file-text";
import * as hourglassData from "lucide-react/icons/hourglass";
import * as landmarkData from "lucide-react/icons/landmark";
import * as layersData from "lucide-react/icons/layers";
import * as layoutDashboardData from "lucide-react/icons/layout-dashboard";
import * as listData from "lucide-react/icons/list";
import * as listChecksData from "lucide-react/icons/list-checks";
import * as listPlusData from "lucide-react/icons/list-plus";
import * as lockData from "lucide-react/icons/lock";
import * as logOutData from "lucide-react/icons/log-out";
import * as mailData from "lucide-react/icons/mail";
import * as mapPinData from "lucide-react/icons/map-pin";
import * as menuData from "lucide-react/icons/menu";
import * as plusData from "lucide-react/icons/plus";
import * as printerData from "lucide-react/icons/printer";
import * as searchData from "lucide-react/icons/search";
import * as sendData from "lucide-react/icons/send";
import * as settingsData from "lucide-react/icons/settings";
import * as shieldAlertData from "lucide-react/icons/shield-exclamation-point";
import * as tagsData from "lucide-react/icons/tags";
import * as uploadData from "lucide-react/icons/upload";
import * as userPlusData from "lucide-react/icons/user-plus";
import * as userRoundCheckData from "lucide-react/icons/user-round-check";
import * as usersData from "lucide-react/icons/users";
import * as utensilsData from "lucide-react/icons/utensils";

// lucide-react's icons are client components (lucide-react/dist/esm/Icon.mjs
// is "use client": it reads a context for defaults). On a server-rendered
// page each one travels in the RSC payload as a client reference carrying its
// whole path data, and the server renders it again through the client module:
// a staff page draws dozens. These draw the same SVG (lucide's shapes, its
// default attributes and classes) as plain components, which render on the
// server as markup and work in client components alike. Server components
// (the guest page among them) import icons from here; lucide.test.ts
// compares each with lucide-react's.

type IconNode = [string, Record<string, string | number>][];
type IconData = { name: string; node: IconNode };

export type LucideIcon = ((props: SVGProps<SVGSVGElement>) => React.JSX.Element) & { displayName?: string; iconName: string };

const escapeAttribute = (v: string) => v.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * The icon's shapes as markup, written once per icon: the svg is then one
 * element with a string inside, where React would otherwise serialise,
 * send and render an element per shape (a staff page draws about thirty
 * icons, a hundred shapes). The same markup React writes for them.
 */
function shapesMarkup(node: IconNode): string {
  return node
    .map(([tag, attrs]) => `<${tag}${Object.entries(attrs).filter(([k]) => k !== "key").map(([k, v]) => ` ${k}="${escapeAttribute(String(v))}"`).join("")}></${tag}>`)
    .join("");
}

function lucideIcon(mod: unknown): LucideIcon {
  const { name, node } = (mod as { __iconData: IconData }).__iconData;
  const shapes = { __html: shapesMarkup(node) };
  const Icon = ({ className, children, ...props }: SVGProps<SVGSVGElement>) => {
    const svgProps = {
      xmlns: "http://www.w3.org/2000/svg",
      width: "24",
      height: "24",
      viewBox: "0 0 24 24",
      fill: "none",
      stroke: "currentColor",
      strokeWidth: 2,
      strokeLinecap: "round" as const,
      strokeLinejoin: "round" as const,
      className: className ? `lucide lucide-${name} ${className}` : `lucide lucide-${name}`,
      ...(props["aria-label"] || props["aria-labelledby"] || props.role || children ? {} : { "aria-hidden": true }),
      ...props,
    };
    // With children (a <title>), the shapes are elements beside them.
    if (children) {
      return (
        <svg {...svgProps}>
          {node.map(([Tag, { key, ...attrs }]) => (
            <Tag key={String(key)} {...attrs} />
          ))}
          {children}
        </svg>
      );
    }
    return <svg {...svgProps} dangerouslySetInnerHTML={shapes} />;
  };
  Icon.displayName = name;
  Icon.iconName = name;
  return Icon as LucideIcon;
}

export const ArrowDown = lucideIcon(arrowDownData);
export const ArrowLeft = lucideIcon(arrowLeftData);
export const ArrowUp = lucideIcon(arrowUpData);
export const Ban = lucideIcon(banData);
export const BellOff = lucideIcon(bellOffData);
export const BellRing = lucideIcon(bellRingData);
export const Building2 = lucideIcon(building2Data);
export const CalendarDays = lucideIcon(calendarDaysData);
export const CalendarPlus = lucideIcon(calendarPlusData);
export const CalendarRange = lucideIcon(calendarRangeData);
export const ChartColumn = lucideIcon(chartColumnData);
export const Check = lucideIcon(checkData);
export const ChevronDown = lucideIcon(chevronDownData);
export const ChevronLeft = lucideIcon(chevronLeftData);
export const ChevronRight = lucideIcon(chevronRightData);
export const ChevronsUpDown = lucideIcon(chevronsUpDownData);
export const CircleAlert = lucideIcon(circleAlertData);
export const CircleCheck = lucideIcon(circleCheckData);
export const CircleDashed = lucideIcon(circleDashedData);
export const CircleX = lucideIcon(circleXData);
export const Clock = lucideIcon(clockData);
export const Contact = lucideIcon(contactData);
export const Download = lucideIcon(downloadData);
export const ExternalLink = lucideIcon(externalLinkData);
export const FileText = lucideIcon(fileTextData);
export const Hourglass = lucideIcon(hourglassData);
export const Landmark = lucideIcon(landmarkData);
export const Layers = lucideIcon(layersData);
export const LayoutDashboard = lucideIcon(layoutDashboardData);
export const List = lucideIcon(listData);
export const ListChecks = lucideIcon(listChecksData);
export const ListPlus = lucideIcon(listPlusData);
export const Lock = lucideIcon(lockData);
export const LogOut = lucideIcon(logOutData);
export const Mail = lucideIcon(mailData);
export const MapPin = lucideIcon(mapPinData);
export const Menu = lucideIcon(menuData);
export const Plus = lucideIcon(plusData);
export const Printer = lucideIcon(printerData);
export const Search = lucideIcon(searchData);
export const Send = lucideIcon(sendData);
export const Settings = lucideIcon(settingsData);
export const ShieldAlert = lucideIcon(shieldAlertData);
export const Tags = lucideIcon(tagsData);
export const Upload = lucideIcon(uploadData);
export const UserPlus = lucideIcon(userPlusData);
export const UserRoundCheck = lucideIcon(userRoundCheckData);
export const Users = lucideIcon(usersData);
export const Utensils = lucideIcon(utensilsData);
