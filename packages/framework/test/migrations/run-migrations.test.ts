import assert from "node:assert/strict"
import { afterEach, beforeEach, describe, test } from "node:test"
import { applyModuleSchemas, MigrationError, rollbackMigrations, runMigrations } from "../../src/migrations/index.js"
import type { TestDatabase } from "../../src/testing/test-database.js"
import {
  connectModules,
  emptyDatabase,
  memoryLogger,
  migrationSource,
  moduleIndex,
  sql,
  tempProject,
  type Project,
} from "./support.js"

const NOTE = `model.define("note", { id: model.id().primaryKey(), body: model.text() })`
const TAG = `model.define("tag", { id: model.id().primaryKey(), label: model.text() })`

describe("runMigrations and rollbackMigrations", () => {
  let db: TestDatabase
  let project: Project

  beforeEach(async () => {
    db = await emptyDatabase()
    project = tempProject()
  })

  afterEach(async () => {
    project.remove()
    await db.drop()
  })

  test("equal names in two modules are both applied, in one order across modules (Medusa #14859)", async () => {
    project.write("alpha/index.ts", moduleIndex("alpha", {}))
    project.write("beta/index.ts", moduleIndex("beta", {}))
    const step = (name: string) => [`insert into steps (name) values ('${name}')`]
    project.write(
      "alpha/migrations/Migration20240101000000.ts",
      migrationSource("Migration20240101000000", ["create table steps (id serial, name text)", ...step("alpha-1")]),
    )
    project.write(
      "beta/migrations/Migration20240101000000.ts",
      migrationSource("Migration20240101000000", step("beta-1")),
    )
    project.write(
      "beta/migrations/Migration20240102000000123_beta.ts",
      migrationSource("Migration20240102000000123_beta", step("beta-2")),
    )
    project.write(
      "alpha/migrations/Migration20240103000000.ts",
      migrationSource("Migration20240103000000", step("alpha-3")),
    )
    const session = await connectModules(db.url, project.root, ["./beta", "./alpha"])
    try {
      const result = await runMigrations({ database: session.database, modules: session.group.modules })
      assert.deepEqual(
        result.applied.map((file) => `${file.module}/${file.name}`),
        [
          "alpha/Migration20240101000000",
          "beta/Migration20240101000000",
          "beta/Migration20240102000000123_beta",
          "alpha/Migration20240103000000",
        ],
      )
      const steps = await sql<{ name: string }>(session.database, "select name from steps order by id")
      assert.deepEqual(
        steps.map((row) => row.name),
        ["alpha-1", "beta-1", "beta-2", "alpha-3"],
      )
    } finally {
      await session.close()
    }
  })

  test("a failing migration is rolled back, earlier ones stay applied, the error names the file and statement", async () => {
    project.write("notes/index.ts", moduleIndex("notes", {}))
    project.write(
      "notes/migrations/Migration20240101000000.ts",
      migrationSource("Migration20240101000000", ["create table first_table (id int)"]),
    )
    const failing = project.write(
      "notes/migrations/Migration20240102000000.ts",
      migrationSource("Migration20240102000000", [
        "create table second_table (id int)",
        "insert into missing_table values (1)",
      ]),
    )
    project.write(
      "notes/migrations/Migration20240103000000.ts",
      migrationSource("Migration20240103000000", ["create table third_table (id int)"]),
    )
    const session = await connectModules(db.url, project.root, ["./notes"])
    try {
      const logger = memoryLogger()
      const error = await runMigrations({ database: session.database, modules: session.group.modules, logger }).then(
        () => assert.fail("expected the run to fail"),
        (caught: unknown) => caught,
      )
      assert.ok(error instanceof MigrationError)
      assert.ok(error.message.includes(failing), error.message)
      assert.match(error.message, /missing_table/)
      assert.match(error.message, /statement: insert into missing_table values \(1\)/)
      assert.equal(error.details.statement, "insert into missing_table values (1)")
      assert.equal(logger.lines.length, 1, "one progress line: the first migration")
      const tables = await sql<{ first: string | null; second: string | null; third: string | null }>(
        session.database,
        "select to_regclass('first_table')::text as first, to_regclass('second_table')::text as second, to_regclass('third_table')::text as third",
      )
      assert.deepEqual(tables, [{ first: "first_table", second: null, third: null }])
      const recorded = await sql<{ name: string }>(session.database, "select name from stratum_migrations")
      assert.deepEqual(recorded, [{ name: "Migration20240101000000" }])
    } finally {
      await session.close()
    }
  })

  test("a migration file that fails to load stops the run there, naming the file", async () => {
    project.write("notes/index.ts", moduleIndex("notes", {}))
    project.write(
      "notes/migrations/Migration20240101000000.ts",
      migrationSource("Migration20240101000000", ["create table first_table (id int)"]),
    )
    const broken = project.write("notes/migrations/Migration20240102000000.ts", `throw new Error("boom at import")\n`)
    const session = await connectModules(db.url, project.root, ["./notes"])
    try {
      await assert.rejects(
        runMigrations({ database: session.database, modules: session.group.modules }),
        (error: Error) => {
          assert.ok(error instanceof MigrationError)
          assert.ok(error.message.includes(broken), error.message)
          assert.match(error.message, /failed to load: boom at import/)
          return true
        },
      )
      const recorded = await sql<{ name: string }>(session.database, "select name from stratum_migrations")
      assert.deepEqual(recorded, [{ name: "Migration20240101000000" }])
    } finally {
      await session.close()
    }
  })

  test("rollback reverts the most recent migrations, of one module when asked, and says when there is nothing", async () => {
    project.write("alpha/index.ts", moduleIndex("alpha", {}))
    project.write("beta/index.ts", moduleIndex("beta", {}))
    const table = (name: string) =>
      migrationSource(name.split("/")[1] as string, [`create table "${name}" (id int)`], [`drop table "${name}"`])
    project.write("alpha/migrations/Migration20240101000000.ts", table("alpha/Migration20240101000000"))
    project.write("alpha/migrations/Migration20240103000000.ts", table("alpha/Migration20240103000000"))
    project.write("beta/migrations/Migration20240102000000.ts", table("beta/Migration20240102000000"))
    const session = await connectModules(db.url, project.root, ["./alpha", "./beta"])
    const applied = async () =>
      (
        await sql<{ module: string; name: string }>(
          session.database,
          "select module, name from stratum_migrations order by id",
        )
      ).map((row) => `${row.module}/${row.name}`)
    try {
      const { database } = session
      const modules = session.group.modules
      await runMigrations({ database, modules })
      const logger = memoryLogger()
      await rollbackMigrations({ database, modules, module: "beta", logger })
      assert.deepEqual(await applied(), ["alpha/Migration20240101000000", "alpha/Migration20240103000000"])
      assert.match(logger.lines[0] ?? "", /^beta Migration20240102000000 reverted/)
      assert.deepEqual(await rollbackMigrations({ database, modules, module: "beta", logger }), [])
      assert.equal(logger.lines.at(-1), "Nothing to roll back for module beta")
      await runMigrations({ database, modules })
      await rollbackMigrations({ database, modules, steps: 2 })
      assert.deepEqual(await applied(), ["alpha/Migration20240101000000"])
      await rollbackMigrations({ database, modules, steps: 5 })
      assert.deepEqual(await applied(), [])
      assert.deepEqual(await rollbackMigrations({ database, modules, logger }), [])
      assert.equal(logger.lines.at(-1), "Nothing to roll back")
      await assert.rejects(
        rollbackMigrations({ database, modules, module: "gamma" }),
        /Unknown module "gamma"; configured modules: alpha, beta/,
      )
    } finally {
      await session.close()
    }
  })

  test("a migration without down() cannot be rolled back and stays applied", async () => {
    project.write("notes/index.ts", moduleIndex("notes", {}))
    project.write(
      "notes/migrations/Migration20240101000000.ts",
      migrationSource("Migration20240101000000", ["create table first_table (id int)"]),
    )
    const session = await connectModules(db.url, project.root, ["./notes"])
    try {
      const { database } = session
      await runMigrations({ database, modules: session.group.modules })
      await assert.rejects(rollbackMigrations({ database, modules: session.group.modules }), /has no down\(\) method/)
      assert.equal((await sql(database, "select 1 from stratum_migrations")).length, 1)
    } finally {
      await session.close()
    }
  })

  test("applyModuleSchemas runs migrations where they exist, creates tables from models elsewhere, and is idempotent", async () => {
    project.write("notes/index.ts", moduleIndex("notes", { Note: NOTE }))
    project.write(
      "notes/migrations/Migration20240101000000.ts",
      migrationSource("Migration20240101000000", [
        `create table "note" ("id" text primary key, "body" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null)`,
      ]),
    )
    project.write("tags/index.ts", moduleIndex("tags", { Tag: TAG }))
    const session = await connectModules(db.url, project.root, ["./notes", "./tags"])
    try {
      const options = { database: session.database, modules: session.group.modules }
      await applyModuleSchemas(options)
      await applyModuleSchemas(options)
      const tables = await sql<{ table_name: string }>(
        session.database,
        "select table_name from information_schema.tables where table_schema = 'public' order by table_name",
      )
      assert.deepEqual(
        tables.map((row) => row.table_name),
        ["note", "stratum_migrations", "tag"],
      )
      const recorded = await sql<{ module: string }>(session.database, "select module from stratum_migrations")
      assert.deepEqual(recorded, [{ module: "notes" }])
    } finally {
      await session.close()
    }
  })
})
