import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    testDriver: "pglite" | "postgres";
    pgliteDump: string;
    postgresTemplate: string;
    postgresUrl: string;
  }
}

// Migrate once per run, then hand every test file a copy: a PGlite data-dir
// dump, or a PostgreSQL template database that files clone.
export default async function setup(project: TestProject) {
  const driver = project.config.env?.TEST_DRIVER === "postgres" ? "postgres" : "pglite";
  project.provide("testDriver", driver);

  if (driver === "pglite") {
    const handle = openDatabase({ driver: "pglite" });
    await runMigrations(handle);
    const client = (handle.db as unknown as { $client: { dumpDataDir: (c?: "gzip" | "none") => Promise<Blob> } }).$client;
    const dump = await client.dumpDataDir("none");
    await handle.close();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "convene-pglite-")), "migrated.tar");
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    project.provide("pgliteDump", file);
    project.provide("postgresTemplate", "");
    project.provide("postgresUrl", "");
    return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }

  const baseUrl = process.env.TEST_DATABASE_URL;
  if (!baseUrl) throw new Error("TEST_DATABASE_URL is required for the postgres project");
  // A machine shared by several checkouts can give each its own prefix, so no run drops another's databases.
  const prefix = /^[a-z_][a-z0-9_]{0,30}$/.test(process.env.TEST_DATABASE_PREFIX ?? "") ? process.env.TEST_DATABASE_PREFIX : "convene_test";
  const template = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${template}"`);
  const templateUrl = withDatabase(baseUrl, template);
  const handle = openDatabase({ driver: "postgres", url: templateUrl, max: 2 });
  await runMigrations(handle);
  await handle.close();
  project.provide("pgliteDump", "");
  project.provide("postgresTemplate", template);
  project.provide("postgresUrl", baseUrl);
  return async () => {
    // Drop every database this run created (the template and any clone a crashed file left).
    const rows = await admin<{ datname: string }[]>`select datname from pg_database where datname like ${template + "%"}`;
    for (const { datname } of rows) await admin.unsafe(`drop database if exists "${datname}" with (force)`);
    await admin.end();
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
