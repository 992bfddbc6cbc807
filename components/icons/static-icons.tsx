import type { SVGProps } from "react";

// lucide-react 1.x icons are client components: each one on a server-rendered
// page travels as a client reference in the RSC payload, and the server renders
// it through the client module. Pages that need only a few decorative icons
// (the guest page) draw them here as plain server SVG, with lucide's own shapes.

type Shape = ["path", { d: string }] | ["circle", { cx: string; cy: string; r: string }];

function staticIcon(name: string, shapes: Shape[]) {
  function StaticIcon({ className, ...props }: SVGProps<SVGSVGElement>) {
    return (
      <svg
        xmlns="http://www.w3.org/2000/svg"
        width="24"
        height="24"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        className={className ? `lucide lucide-${name} ${className}` : `lucide lucide-${name}`}
        {...props}
      >
        {shapes.map(([Tag, attrs], i) => (
          <Tag key={i} {...attrs} />
        ))}
      </svg>
    );
  }
  StaticIcon.displayName = name;
  return StaticIcon;
}

export const CircleCheck = staticIcon("circle-check", [
  ["circle", { cx: "12", cy: "12", r: "10" }],
  ["path", { d: "m16 9-5.5 5.5L8 12" }],
]);

export const CircleX = staticIcon("circle-x", [
  ["circle", { cx: "12", cy: "12", r: "10" }],
  ["path", { d: "m15 9-6 6" }],
  ["path", { d: "m9 9 6 6" }],
]);

export const Hourglass = staticIcon("hourglass", [
  ["path", { d: "M5 22h14" }],
  ["path", { d: "M5 2h14" }],
  ["path", { d: "M17 22v-4.172a2 2 0 0 0-.586-1.414L12 12l-4.414 4.414A2 2 0 0 0 7 17.828V22" }],
  ["path", { d: "M7 2v4.172a2 2 0 0 0 .586 1.414L12 12l4.414-4.414A2 2 0 0 0 17 6.172V2" }],
]);

export const CalendarPlus = staticIcon("calendar-plus", [
  ["path", { d: "M16 18h6" }],
  ["path", { d: "M16 2v3" }],
  ["path", { d: "M19 15v6" }],
  ["path", { d: "M21 11.5V5a2 2 0 00-2-2H5a2 2 0 00-2 2v14a2 2 0 002 2h8.3" }],
  ["path", { d: "M3 9h18" }],
  ["path", { d: "M8 2v3" }],
]);
