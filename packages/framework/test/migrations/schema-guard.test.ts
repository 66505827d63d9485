import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { assertSafeUpStatements } from "../../src/migrations/schema-guard.js"
import { splitStatements } from "../../src/migrations/sql-statements.js"

describe("assertSafeUpStatements", () => {
  const declares = (table: string, column: string) => table === "post" && column === "title"
  const check = (statement: string) => assertSafeUpStatements("blog", [statement], ["post", "author"], declares)

  test("accepts changes to the module's own tables", () => {
    check('alter table "post" add "subtitle" text null;')
    check('create index "IDX_post_title" on "post" ("title");')
    check('alter table "post" drop column "legacy";')
  })

  test("refuses a table of another module", () => {
    assert.throws(
      () => check('alter table "orders" add "x" text;'),
      /module "blog": table "orders" does not belong to the module/,
    )
  })

  test("refuses to drop a table, even its own", () => {
    assert.throws(() => check('drop table if exists "author" cascade;'), /would drop table "author"/)
  })

  test("refuses to drop a column the models declare", () => {
    assert.throws(
      () => check('alter table "post" drop column "title";'),
      /would drop column "post"."title" that the models declare/,
    )
  })
})

describe("splitStatements", () => {
  test("splits at ;\\n but not inside string literals", () => {
    assert.deepEqual(
      splitStatements(`create table "a" ("x" text default 'a;\nb');\n\ncreate index "i" on "a" ("x");\n`),
      [`create table "a" ("x" text default 'a;\nb');`, 'create index "i" on "a" ("x");'],
    )
  })
})
