import assert from "node:assert/strict"
import { randomBytes } from "node:crypto"
import { readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterEach, beforeEach, describe, test } from "node:test"
import pg from "pg"
import type { TestDatabase } from "../../src/testing/test-database.js"
import { testServerUrl } from "../../src/testing/test-server.js"
import {
  configSource,
  emptyDatabase,
  MIGRATION_IMPORT,
  migrationSource,
  moduleIndex,
  runCli,
  tempProject,
  type Project,
} from "../migrations/support.js"

const POST_V1 = { Post: `model.define("post", { id: model.id().primaryKey(), title: model.text() })` }
const POST_V2 = {
  Post: `model.define("post", { id: model.id().primaryKey(), title: model.text(), subtitle: model.text().nullable() })`,
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows as T[]
  } finally {
    await client.end()
  }
}

const tables = async (url: string) =>
  (
    await query<{ table_name: string }>(
      url,
      "select table_name from information_schema.tables where table_schema = 'public' order by table_name",
    )
  ).map((row) => row.table_name)

describe("stratum db:* commands", () => {
  let db: TestDatabase
  let project: Project
  let config: string

  beforeEach(async () => {
    db = await emptyDatabase()
    project = tempProject()
    config = project.write("stratum.config.ts", configSource(db.url, ["./blog"]))
  })

  afterEach(async () => {
    project.remove()
    await db.drop()
  })

  test("two db:migrate processes started together apply each migration exactly once", async () => {
    project.write("blog/index.ts", moduleIndex("blog", {}))
    const names = [1, 2, 3, 4, 5].map((day) => `Migration2024010${day}000000`)
    names.forEach((name, index) => {
      const create = index === 0 ? ["create table runs (name text not null)"] : []
      const statements = [...create, "select pg_sleep(0.2)", `insert into runs (name) values ('${name}')`]
      project.write(`blog/migrations/${name}.ts`, migrationSource(name, statements))
    })
    const [first, second] = await Promise.all([
      runCli(["db:migrate", "--config", config]),
      runCli(["db:migrate", "--config", config]),
    ])
    assert.equal(first.code, 0, first.stderr)
    assert.equal(second.code, 0, second.stderr)
    const runs = await query<{ name: string }>(db.url, "select name from runs order by name")
    assert.deepEqual(
      runs.map((row) => row.name),
      names,
    )
    const recorded = await query<{ name: string }>(db.url, "select name from stratum_migrations order by id")
    assert.deepEqual(
      recorded.map((row) => row.name),
      names,
    )
    const applied = `${first.stdout}${second.stdout}`.split("\n").filter((line) => / applied \(\d+ ms\)$/.test(line))
    assert.equal(applied.length, names.length, `${first.stdout}\n---\n${second.stdout}`)
  })

  test("db:generate writes a migration that db:migrate applies, db:rollback reverts and db:migrate re-applies", async () => {
    project.write("blog/index.ts", moduleIndex("blog", POST_V1))
    const generated = await runCli(["db:generate", "blog", "--config", config])
    assert.equal(generated.code, 0, generated.stderr)
    const [file] = readdirSync(join(project.root, "blog", "migrations"))
    assert.match(file ?? "", /^Migration\d{17}_blog\.ts$/)
    assert.match(generated.stdout, new RegExp(`Created .*${file} \\(\\d+ statements\\)`))
    const path = join(project.root, "blog", "migrations", file as string)
    const source = readFileSync(path, "utf8")
    assert.match(source, /^import \{ Migration \} from "@stratum\/framework\/utils"$/m)
    // The temporary project has no installed @stratum/framework: point the import at the source.
    writeFileSync(path, source.replace("@stratum/framework/utils", MIGRATION_IMPORT))

    const migrated = await runCli(["db:migrate", "--config", config])
    assert.equal(migrated.code, 0, migrated.stderr)
    assert.match(migrated.stdout, new RegExp(`^\\[1/1\\] blog ${file?.replace(".ts", "")} applied \\(\\d+ ms\\)$`, "m"))
    assert.deepEqual(await tables(db.url), ["post", "stratum_migrations"])

    const rolledBack = await runCli(["db:rollback", "blog", "--config", config])
    assert.equal(rolledBack.code, 0, rolledBack.stderr)
    assert.match(rolledBack.stdout, /reverted/)
    assert.deepEqual(await tables(db.url), ["stratum_migrations"])

    const again = await runCli(["db:migrate", "--config", config])
    assert.equal(again.code, 0, again.stderr)
    assert.deepEqual(await tables(db.url), ["post", "stratum_migrations"])

    const nothing = await runCli(["db:generate", "blog", "--config", config])
    assert.equal(nothing.code, 0, nothing.stderr)
    assert.match(nothing.stdout, /^No changes for module blog$/m)
    assert.equal(readdirSync(join(project.root, "blog", "migrations")).length, 1)
  })

  test("db:status lists applied and pending migrations, and shows drift after a model change", async () => {
    project.write("blog/index.ts", moduleIndex("blog", POST_V1))
    const create = `create table "post" ("id" text not null primary key, "title" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null)`
    const index = `create index "IDX_post_deleted_at" on "post" ("deleted_at") where deleted_at IS NULL`
    project.write(
      "blog/migrations/Migration20240101000000.ts",
      migrationSource("Migration20240101000000", [create, index]),
    )
    project.write(
      "blog/migrations/Migration20240102000000.ts",
      migrationSource("Migration20240102000000", ["select 1"]),
    )
    await runCli(["db:migrate", "--config", config]).then((result) => assert.equal(result.code, 0, result.stderr))
    project.write(
      "blog/migrations/Migration20240103000000.ts",
      migrationSource("Migration20240103000000", ["select 1"]),
    )

    const clean = await runCli(["db:status", "--config", config])
    assert.equal(clean.code, 0, clean.stderr)
    assert.match(clean.stdout, /^blog$/m)
    assert.match(clean.stdout, /^ {2}applied {2}Migration20240101000000 {2}\d{4}-\d\d-\d\dT/m)
    assert.match(clean.stdout, /^ {2}applied {2}Migration20240102000000 /m)
    assert.match(clean.stdout, /^ {2}pending {2}Migration20240103000000$/m)
    assert.match(clean.stdout, /^ {2}drift {4}none$/m)

    project.write("blog/index.ts", moduleIndex("blog", POST_V2))
    const drifted = await runCli(["db:status", "--config", config])
    assert.equal(drifted.code, 0, drifted.stderr)
    assert.match(drifted.stdout, /^ {2}drift {4}1 statement between models and database:$/m)
    assert.match(drifted.stdout, /^ +alter table "post" add "subtitle" text null;$/m)
  })

  test("a failing migration exits 1 with one line naming the file and the statement; earlier ones stay applied", async () => {
    project.write("blog/index.ts", moduleIndex("blog", {}))
    project.write(
      "blog/migrations/Migration20240101000000.ts",
      migrationSource("Migration20240101000000", ["create table ok_table (id int)"]),
    )
    const failing = project.write(
      "blog/migrations/Migration20240102000000.ts",
      migrationSource("Migration20240102000000", [
        "create table half_table (id int)",
        "alter table nowhere add column x int",
      ]),
    )
    const result = await runCli(["db:migrate", "--config", config])
    assert.equal(result.code, 1)
    const lines = result.stderr.trim().split("\n")
    assert.equal(lines.length, 1, result.stderr)
    assert.ok(lines[0]?.startsWith(`Error: Migration ${failing} (module "blog") failed in up(): `), lines[0])
    assert.match(lines[0] ?? "", /"nowhere" does not exist -- statement: alter table nowhere add column x int$/)
    assert.match(result.stdout, /^\[1\/2\] blog Migration20240101000000 applied/m)
    assert.deepEqual(await tables(db.url), ["ok_table", "stratum_migrations"])
  })

  test("db:rollback with nothing to roll back says so and exits 0", async () => {
    project.write("blog/index.ts", moduleIndex("blog", {}))
    const all = await runCli(["db:rollback", "--config", config])
    assert.equal(all.code, 0, all.stderr)
    assert.equal(all.stdout.trim(), "Nothing to roll back")
    const one = await runCli(["db:rollback", "blog", "--steps", "3", "--config", config])
    assert.equal(one.code, 0, one.stderr)
    assert.equal(one.stdout.trim(), "Nothing to roll back for module blog")
  })

  test("bad input gets one clear line and exit code 1", async () => {
    project.write("blog/index.ts", moduleIndex("blog", {}))
    const cases: [string[], RegExp][] = [
      [
        ["db:rollback", "--steps", "zero", "--config", config],
        /^Error: --steps must be a positive integer, got "zero"$/,
      ],
      [["db:rollback", "shop", "--config", config], /^Error: Unknown module "shop"; configured modules: blog$/],
      [["db:generate", "--config", config], /^Error: db:generate needs the module to generate for/],
      [
        ["db:migrate", "--config", join(project.root, "missing.ts")],
        /^Error: Configuration file .*missing\.ts does not exist$/,
      ],
      [["db:migrate", "--verbose"], /^Error: Unknown option '--verbose'/],
      [["db:frobnicate"], /^Unknown command "db:frobnicate"/],
    ]
    for (const [args, expected] of cases) {
      const result = await runCli(args)
      assert.equal(result.code, 1, args.join(" "))
      assert.match(result.stderr.trim(), expected)
      assert.equal(result.stderr.trim().split("\n").length, 1, result.stderr)
    }
  })
})

describe("stratum db:create / db:drop", () => {
  test("create the configured database, then drop it; repeating either says so and succeeds", async () => {
    const project = tempProject()
    try {
      const name = `stratum_cli_${randomBytes(4).toString("hex")}`
      const server = new URL(await testServerUrl())
      const url = new URL(server)
      url.pathname = `/${name}`
      const config = project.write("stratum.config.ts", configSource(url.toString(), []))
      const exists = async () =>
        (await query(server.toString(), `select 1 from pg_database where datname = '${name}'`)).length === 1

      const created = await runCli(["db:create", "--config", config])
      assert.equal(created.code, 0, created.stderr)
      assert.match(created.stdout, new RegExp(`^Created database .*/${name}$`, "m"))
      assert.equal(await exists(), true)
      const again = await runCli(["db:create", "--config", config])
      assert.match(again.stdout, /already exists/)

      const dropped = await runCli(["db:drop", "--config", config])
      assert.equal(dropped.code, 0, dropped.stderr)
      assert.match(dropped.stdout, new RegExp(`^Dropped database .*/${name}$`, "m"))
      assert.equal(await exists(), false)
      const missing = await runCli(["db:drop", "--config", config])
      assert.equal(missing.code, 0, missing.stderr)
      assert.match(missing.stdout, /does not exist/)
    } finally {
      project.remove()
    }
  })
})
