import assert from "node:assert/strict"
import { cpSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { afterEach, beforeEach, describe, test } from "node:test"
import {
  compareMigrations,
  generateMigration,
  nextMigrationName,
  rollbackMigrations,
  runMigrations,
} from "../../src/migrations/index.js"
import type { TestDatabase } from "../../src/testing/test-database.js"
import {
  connectModules,
  emptyDatabase,
  memoryLogger,
  MIGRATION_IMPORT,
  moduleIndex,
  sql,
  tempProject,
  type Project,
} from "./support.js"

const BLOG = {
  Author: `model.define("author", { id: model.id({ prefix: "auth" }).primaryKey(), name: model.text().searchable(), posts: model.hasMany(() => Post, { mappedBy: "author" }) })`,
  Post: `model.define("post", { id: model.id().primaryKey(), title: model.text(), status: model.enum(["draft", "published"]).default("draft"), views: model.number().default(0), slug: model.text().unique(), author: model.belongsTo(() => Author, { mappedBy: "posts" }).nullable(), tags: model.manyToMany(() => Tag, { mappedBy: "posts" }) })`,
  Tag: `model.define("tag", { id: model.id().primaryKey(), label: model.text(), posts: model.manyToMany(() => Post, { mappedBy: "tags" }) })`,
}
const ITEM_V1 = { Item: `model.define("item", { id: model.id().primaryKey(), title: model.text() })` }
const ITEM_V2 = {
  Item: `model.define("item", { id: model.id().primaryKey(), title: model.text(), subtitle: model.text().nullable() })`,
}

const tableNames = async (session: Awaited<ReturnType<typeof connectModules>>) =>
  (
    await sql<{ table_name: string }>(
      session.database,
      "select table_name from information_schema.tables where table_schema = 'public' order by table_name",
    )
  ).map((row) => row.table_name)

describe("generateMigration", () => {
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

  test("a generated migration is applied, rolled back and re-applied; then the models match and nothing is generated", async () => {
    project.write("blog/index.ts", moduleIndex("blog", BLOG))
    const session = await connectModules(db.url, project.root, ["./blog"])
    try {
      const { database } = session
      const modules = session.group.modules
      const logger = memoryLogger()
      const generated = await generateMigration({
        database,
        modules,
        module: "blog",
        logger,
        importFrom: MIGRATION_IMPORT,
      })
      assert.ok(generated)
      assert.match(generated.name, /^Migration\d{17}_blog$/)
      assert.equal(generated.file, join(project.root, "blog", "migrations", `${generated.name}.ts`))
      const source = readFileSync(generated.file, "utf8")
      assert.match(source, new RegExp(`export class ${generated.name} extends Migration \\{`))
      assert.match(source, /override async up\(\): Promise<void> \{\n {4}this\.addSql\(`create table "author"/)
      assert.match(source, /override async down\(\): Promise<void>/)
      assert.ok(
        logger.lines.includes(`Created ${generated.file} (${generated.up.length} statements)`),
        logger.lines.join("\n"),
      )
      assert.deepEqual(await tableNames(session), ["stratum_migrations"], "generating changes no table")

      const expected = ["author", "post", "post_tags", "stratum_migrations", "tag"]
      await runMigrations({ database, modules })
      assert.deepEqual(await tableNames(session), expected)
      await sql(database, "insert into post (id, title, slug) values ('p1', 'Hello', 'hello')")
      assert.deepEqual(await sql(database, "select status, views from post"), [{ status: "draft", views: 0 }])

      await rollbackMigrations({ database, modules, module: "blog" })
      assert.deepEqual(await tableNames(session), ["stratum_migrations"])
      await runMigrations({ database, modules })
      assert.deepEqual(await tableNames(session), expected)

      const again = memoryLogger()
      assert.equal(await generateMigration({ database, modules, module: "blog", logger: again }), undefined)
      assert.deepEqual(again.lines, ["No pending migrations", "No changes for module blog"])
      assert.equal(readdirSync(join(project.root, "blog", "migrations")).length, 1)
    } finally {
      await session.close()
    }
  })

  test("a model change becomes an alter migration that touches only the module's own tables", async () => {
    project.write("catalog-v1/index.ts", moduleIndex("catalog", ITEM_V1))
    project.write("catalog-v2/index.ts", moduleIndex("catalog", ITEM_V2))
    project.write(
      "other/index.ts",
      moduleIndex("other", { Thing: `model.define("thing", { id: model.id().primaryKey() })` }),
    )
    const v1 = await connectModules(db.url, project.root, ["./catalog-v1", "./other"])
    try {
      const first = await generateMigration({
        database: v1.database,
        modules: v1.group.modules,
        module: "catalog",
        importFrom: MIGRATION_IMPORT,
      })
      assert.ok(first)
      await generateMigration({
        database: v1.database,
        modules: v1.group.modules,
        module: "other",
        importFrom: MIGRATION_IMPORT,
      })
      await runMigrations({ database: v1.database, modules: v1.group.modules })
      await sql(v1.database, "create table legacy_table (id int, note text)")
    } finally {
      await v1.close()
    }
    cpSync(join(project.root, "catalog-v1", "migrations"), join(project.root, "catalog-v2", "migrations"), {
      recursive: true,
    })
    project.write("other-v2/index.ts", moduleIndex("other", {}))
    const v2 = await connectModules(db.url, project.root, ["./catalog-v2", "./other-v2"])
    try {
      const logger = memoryLogger()
      const second = await generateMigration({
        database: v2.database,
        modules: v2.group.modules,
        module: "catalog",
        logger,
        importFrom: MIGRATION_IMPORT,
      })
      assert.ok(second)
      assert.deepEqual(second.up, ['alter table "item" add "subtitle" text null;'])
      assert.deepEqual(second.down, ['alter table "item" drop column "subtitle";'])
      const otherRun = await generateMigration({
        database: v2.database,
        modules: v2.group.modules,
        module: "other",
        logger,
      })
      assert.equal(otherRun, undefined, "a module that no longer declares a table never drops it")
      assert.ok(logger.lines.includes("No changes for module other"))
      await runMigrations({ database: v2.database, modules: v2.group.modules })
      const columns = await sql<{ column_name: string }>(
        v2.database,
        "select column_name from information_schema.columns where table_name = 'item' order by ordinal_position",
      )
      assert.ok(columns.some((row) => row.column_name === "subtitle"))
      assert.deepEqual(await tableNames(v2), ["item", "legacy_table", "stratum_migrations", "thing"])
    } finally {
      await v2.close()
    }
  })

  test("warns when a module without migrations already has tables: a fresh database would lack them", async () => {
    project.write("catalog/index.ts", moduleIndex("catalog", ITEM_V2))
    const session = await connectModules(db.url, project.root, ["./catalog"])
    try {
      await sql(session.database, 'create table "item" ("id" text primary key, "title" text not null)')
      const logger = memoryLogger()
      const generated = await generateMigration({
        database: session.database,
        modules: session.group.modules,
        module: "catalog",
        logger,
        importFrom: MIGRATION_IMPORT,
      })
      assert.ok(generated)
      assert.ok(
        logger.lines.some((line) =>
          /^warning: Module catalog has no migrations yet, but its tables item already exist/.test(line),
        ),
        logger.lines.join("\n"),
      )
    } finally {
      await session.close()
    }
  })

  test("names generated for two modules in the same millisecond are distinct and ordered", async () => {
    project.write("alpha/index.ts", moduleIndex("alpha", ITEM_V1))
    project.write(
      "beta/index.ts",
      moduleIndex("beta", { Other: `model.define("other", { id: model.id().primaryKey() })` }),
    )
    const session = await connectModules(db.url, project.root, ["./alpha", "./beta"])
    try {
      const now = new Date("2025-06-01T10:00:00.000Z")
      const options = { database: session.database, modules: session.group.modules, importFrom: MIGRATION_IMPORT, now }
      const beta = await generateMigration({ ...options, module: "beta" })
      const alpha = await generateMigration({ ...options, module: "alpha" })
      assert.ok(alpha && beta)
      assert.equal(beta.name, "Migration20250601100000000_beta")
      assert.equal(alpha.name, "Migration20250601100000001_alpha")
      assert.ok(compareMigrations(beta, alpha) < 0, "the later generated sorts last")
      await runMigrations({ database: session.database, modules: session.group.modules })
      const applied = await sql<{ name: string }>(session.database, "select name from stratum_migrations order by id")
      assert.deepEqual(
        applied.map((row) => row.name),
        [beta.name, alpha.name],
      )
    } finally {
      await session.close()
    }
  })
})

describe("nextMigrationName", () => {
  test("uses the UTC time with milliseconds and the module name", () => {
    assert.equal(nextMigrationName("blog", [], new Date("2024-01-02T03:04:05.678Z")), "Migration20240102030405678_blog")
  })

  test("goes one millisecond past the newest existing migration, whatever its format", () => {
    const now = new Date("2024-01-01T12:00:00.000Z")
    assert.equal(nextMigrationName("blog", ["Migration20240101120000"], now), "Migration20240101120000001_blog")
    assert.equal(
      nextMigrationName("blog", ["Migration20240101120000999_cart", "Migration20230101000000"], now),
      "Migration20240101120001000_blog",
    )
    assert.equal(
      nextMigrationName("blog", ["Migration20200101000000", "custom_name"], now),
      "Migration20240101120000000_blog",
    )
  })
})

describe("compareMigrations", () => {
  test("orders Medusa's second-precision names and Stratum's millisecond names by time, then name, then module", () => {
    const files = [
      { module: "b", name: "Migration20240101120000_x", file: "" },
      { module: "a", name: "Migration20240101120000999_a", file: "" },
      { module: "a", name: "Migration20240101120000_x", file: "" },
      { module: "z", name: "Migration20240101115959", file: "" },
    ]
    assert.deepEqual(
      files.sort(compareMigrations).map((file) => `${file.module}/${file.name}`),
      [
        "z/Migration20240101115959",
        "a/Migration20240101120000_x",
        "b/Migration20240101120000_x",
        "a/Migration20240101120000999_a",
      ],
    )
  })
})
