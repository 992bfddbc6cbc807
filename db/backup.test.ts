import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { backupFormatOf, backupPostgres, defaultBackupFile, readBackupFormat, restorePostgres } from "./backup";
import { findPgTool, PgToolMissingError } from "./pg-tools";
import { topologicalOrder } from "./table-data";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "convene-backup-unit-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe("a backup's kind", () => {
  it("is read from its first bytes, whatever the file is called", () => {
    expect(backupFormatOf(Buffer.from("PGDMP\x01\x0e\x00"))).toBe("postgres");
    expect(backupFormatOf(Buffer.from([0x1f, 0x8b, 0x08, 0x00]))).toBe("pglite");
    const tar = Buffer.alloc(512);
    tar.write("ustar", 257, "latin1");
    expect(backupFormatOf(tar)).toBe("pglite");
    expect(backupFormatOf(Buffer.from("-- PostgreSQL database dump"))).toBeNull();
    expect(backupFormatOf(Buffer.alloc(0))).toBeNull();

    const misnamed = path.join(work, "nightly.tar.gz");
    fs.writeFileSync(misnamed, Buffer.concat([Buffer.from("PGDMP"), Buffer.alloc(64)]));
    expect(readBackupFormat(misnamed)).toBe("postgres");
  });

  it("refuses a missing, empty, foreign file or a folder in words", () => {
    expect(() => readBackupFormat(path.join(work, "nope.dump"))).toThrow(`There is no file at ${path.join(work, "nope.dump")}.`);
    fs.writeFileSync(path.join(work, "empty.dump"), "");
    expect(() => readBackupFormat(path.join(work, "empty.dump"))).toThrow(/empty\.dump is empty: it is not a Convene backup/);
    fs.writeFileSync(path.join(work, "plain.sql"), "create table events ();");
    expect(() => readBackupFormat(path.join(work, "plain.sql"))).toThrow(/plain\.sql is not a Convene backup: it is neither a pg_dump custom-format file nor a PGlite data-directory archive/);
    expect(() => readBackupFormat(work)).toThrow(/is a folder; give the backup file itself/);
  });

  it("names a default file by database and time, with no characters a file system refuses", () => {
    const at = new Date("2026-12-05T14:30:05.123Z");
    expect(defaultBackupFile("postgres", at)).toBe(path.join("backups", "convene-postgres-2026-12-05T14-30-05Z.dump"));
    expect(defaultBackupFile("pglite", at)).toBe(path.join("backups", "convene-pglite-2026-12-05T14-30-05Z.tar.gz"));
  });
});

describe("PostgreSQL's client tools", () => {
  function fakeInstall(versions: string[], onPath: boolean) {
    const root = fs.mkdtempSync(path.join(work, "pg-"));
    for (const v of versions) {
      fs.mkdirSync(path.join(root, "lib", v, "bin"), { recursive: true });
      fs.writeFileSync(path.join(root, "lib", v, "bin", "pg_dump"), "#!/bin/sh\n", { mode: 0o755 });
    }
    fs.mkdirSync(path.join(root, "bin"));
    if (onPath) fs.writeFileSync(path.join(root, "bin", "pg_dump"), "#!/bin/sh\n", { mode: 0o755 });
    return { versionedRoot: path.join(root, "lib"), path: path.join(root, "bin") };
  }

  it("are taken from the newest versioned install, then from PATH", () => {
    const both = fakeInstall(["9.6", "15", "17"], true);
    expect(findPgTool("pg_dump", both)).toBe(path.join(both.versionedRoot, "17", "bin", "pg_dump"));
    const pathOnly = fakeInstall([], true);
    expect(findPgTool("pg_dump", pathOnly)).toBe(path.join(pathOnly.path, "pg_dump"));
  });

  it("when missing, are named with what to install, and no backup file is written", async () => {
    const none = fakeInstall([], false);
    expect(() => findPgTool("pg_dump", none)).toThrow(PgToolMissingError);
    expect(() => findPgTool("pg_dump", none)).toThrow(/pg_dump was not found \(looked in PATH and in .*\/\*\/bin\).*install them.*apt-get install postgresql-client/);
    const file = path.join(work, "never.dump");
    await expect(backupPostgres("postgres://nobody@127.0.0.1:1/none", file, none)).rejects.toThrow(/pg_dump was not found/);
    expect(fs.existsSync(file)).toBe(false);
    const dump = path.join(work, "some.dump");
    fs.writeFileSync(dump, Buffer.concat([Buffer.from("PGDMP"), Buffer.alloc(64)]));
    await expect(restorePostgres(dump, "postgres://nobody@127.0.0.1:1/none", none)).rejects.toThrow(/pg_restore was not found/);
  });
});

describe("the order tables are filled in", () => {
  const t = (name: string) => ({ schema: "public", name });
  it("puts every parent before its children and refuses a cycle", () => {
    const order = topologicalOrder([t("invitations"), t("events"), t("people"), t("venues")], [
      { child: "public.invitations", parent: "public.events" },
      { child: "public.invitations", parent: "public.people" },
      { child: "public.events", parent: "public.venues" },
    ]).map((x) => x.name);
    expect(order.indexOf("venues")).toBeLessThan(order.indexOf("events"));
    expect(order.indexOf("events")).toBeLessThan(order.indexOf("invitations"));
    expect(order.indexOf("people")).toBeLessThan(order.indexOf("invitations"));
    expect(() => topologicalOrder([t("a"), t("b")], [{ child: "public.a", parent: "public.b" }, { child: "public.b", parent: "public.a" }])).toThrow(/form a cycle/);
  });
});
