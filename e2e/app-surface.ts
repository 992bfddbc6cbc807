import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";

// Everything a request can reach in the build under test, read from Next's
// own manifests (and checked against the app/ folder), so a new page, route
// or server action shows up in the authorization and bad-input specs by itself.

const NEXT = path.resolve(".next/server");

/** A page or route handler, by its public pattern ("/staff/events/[id]/guests"). */
export type Endpoint = { pattern: string; kind: "page" | "route" };
/** A server action, by the file and export that define it (ids change with every build). */
export type ServerAction = { id: string; key: string; file: string; name: string; workers: string[] };

/** "app/(staff)/staff/events/[id]/page" -> "/staff/events/[id]"; route groups are not part of the address. */
export function publicPattern(entry: string): string {
  const p = entry
    .replace(/^app/, "")
    .replace(/\/(page|route)$/, "")
    .split("/")
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .join("/");
  return `/${p}`;
}

/** Next's own error pages: not addressable, so not in the matrix. */
const FRAMEWORK = new Set(["/_not-found", "/_global-error"]);

export function listEndpoints(): Endpoint[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(NEXT, "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  return Object.keys(manifest)
    .map((entry) => ({ pattern: publicPattern(`app${entry}`), kind: entry.endsWith("/route") ? ("route" as const) : ("page" as const) }))
    .filter((e) => !FRAMEWORK.has(e.pattern))
    .sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** The same list from the source tree, so a stale build (E2E_SKIP_BUILD=1) is noticed rather than trusted. */
export function listEndpointsInSource(root = "app"): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, d.name);
      if (d.isDirectory()) walk(full);
      else if (/^(page|route)\.tsx?$/.test(d.name)) out.push(publicPattern(full.replace(/\.tsx?$/, "")));
      else if (dir === root && d.name === "sitemap.ts") out.push("/sitemap.xml");
      else if (dir === root && d.name === "robots.ts") out.push("/robots.txt");
    }
  };
  walk(root);
  return out.sort();
}

export function listServerActions(): ServerAction[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(NEXT, "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node)
    .map(([id, entry]) => {
      if (!entry.filename || !entry.exportedName) throw new Error(`Server action ${id} has no filename/exportedName in the manifest`);
      return { id, key: `${entry.filename}#${entry.exportedName}`, file: entry.filename, name: entry.exportedName, workers: Object.keys(entry.workers).sort() };
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** Concrete values for the dynamic segments of every pattern. */
export type Samples = {
  eventId: string;
  invitationId: string;
  personId: string;
  /** A contact list (/staff/people/lists/[id]). */
  listId: string;
  organizationId: string;
  programId: string;
  venueId: string;
  slug: string;
  /** The guest's own link for guests, a well-formed forgery for everyone else. */
  token: string;
  messageId: string;
  assetId: string;
};

/** The address to request for a pattern; fails loudly on a segment it has no value for, so new routes get one. */
export function concretePath(pattern: string, s: Samples): string {
  const value = (segment: string, before: string): string => {
    switch (segment) {
      case "[id]":
        if (before === "events") return s.eventId;
        if (before === "people") return s.personId;
        if (before === "lists") return s.listId;
        if (before === "organizations") return s.organizationId;
        if (before === "programs") return s.programId;
        if (before === "venues") return s.venueId;
        if (before === "mailbox") return s.messageId;
        if (before === "assets") return s.assetId;
        break;
      case "[invitationId]":
        return s.invitationId;
      case "[slug]":
        return s.slug;
      case "[token]":
        return s.token;
      case "[n]":
        return "0";
      case "[width]":
        return "320";
      case "[document]":
        return "badges";
      case "[...nextauth]":
        return "session";
    }
    throw new Error(`No sample value for ${segment} (after "${before}") in ${pattern}: add one in e2e/app-surface.ts`);
  };
  const parts = pattern.split("/");
  return parts.map((p, i) => (p.startsWith("[") ? value(p, parts[i - 1]) : p)).join("/");
}

/** Where to POST an action: the first page whose bundle carries it. */
export function actionPagePath(action: ServerAction, s: Samples): string {
  const page = action.workers.find((w) => w.endsWith("/page"));
  if (!page) throw new Error(`${action.key} is on no page`);
  return concretePath(publicPattern(page), s);
}

export type Field = string | { name: string; mimeType: string; buffer: Buffer };

/**
 * The body React's client sends for `action(previousState, formData)`: the
 * form's fields under the prefix "_1_", then the argument list "0" last (the
 * server reads the fields before it resolves the arguments).
 */
export function actionForm(fields: Record<string, Field> = {}, args = '[null,"$K1"]'): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === "string") form.append(`_1_${name}`, value);
    else form.append(`_1_${name}`, new Blob([new Uint8Array(value.buffer)], { type: value.mimeType }), value.name);
  }
  form.append("0", args);
  return form;
}

export async function postAction(request: APIRequestContext, pagePath: string, actionId: string, form: FormData, headers: Record<string, string> = {}): Promise<APIResponse> {
  return request.post(pagePath, {
    headers: { "Next-Action": actionId, Accept: "text/x-component", ...headers },
    multipart: form,
    maxRedirects: 0,
    failOnStatusCode: false,
  });
}

export type ActionOutcome = "ok" | "sign-in" | "denied" | "gone" | "not-run" | "server-error";

/**
 * What an action answered: refused for want of a session, for want of the
 * role, for want of a working guest link; not run at all; or let through
 * (field errors for an empty form count: the gate was passed).
 */
export async function actionOutcome(response: APIResponse): Promise<{ outcome: ActionOutcome; body: string }> {
  const body = await response.text();
  const status = response.status();
  if (status >= 500) return { outcome: "server-error", body };
  const redirect = response.headers()["location"] ?? response.headers()["x-action-redirect"] ?? "";
  if (/\/sign-in(\?|$|;)/.test(redirect) && !redirect.includes("signedOut=1")) return { outcome: "sign-in", body };
  if (body.includes("Sign in again")) return { outcome: "sign-in", body };
  if (body.includes("You do not have permission")) return { outcome: "denied", body };
  if (body.includes("This link no longer works")) return { outcome: "gone", body };
  if (status === 404 || body.trim() === "{}" || body.trim() === "") return { outcome: "not-run", body };
  return { outcome: "ok", body };
}

/** A stack trace or an exception's own words in a response body. */
export function leaksInternals(body: string): boolean {
  return /\n\s+at [\w$.<>]+ \(|node_modules\/|Error: [A-Z]\w+ is not|TypeError|ReferenceError|SyntaxError: Unexpected|ZodError|PostgresError|duplicate key value/.test(body);
}

/** Runs `work` over `items`, `width` at a time: the server under test is shared with the rest of the machine. */
export async function inPool<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}
