import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import { resolveModels, model } from "../../../../src/dml/index.js"
import { findRows } from "../../../../src/modules/sql/read/index.js"
import { createTestApp, type TestApp } from "../../../../src/testing/create-test-app.js"
import { ids, useReadFixture } from "../fixtures-read.js"

const fx = useReadFixture()

describe("runner", () => {
  it("reads through the runner it is given: a transaction sees its own uncommitted rows", async () => {
    for (const strategy of ["joined", "select-in"] as const) {
      await assert.rejects(
        fx.app.manager.transaction(async (tm) => {
          await tm.query("insert into comment (id, body, post_id) values ('c_tx', 'in tx', 'p_5')")
          const ctx = { runner: tm.runner, registry: fx.registry }
          const [post] = await findRows(
            ctx,
            "Post",
            { id: "p_5" },
            { relations: ["comments", "tags"], relationLoadStrategy: strategy },
          )
          assert.deepEqual(ids((post?.["comments"] ?? []) as never), ["c_tx"])
          throw new Error("rollback")
        }),
        /rollback/,
      )
    }
    const [post] = await findRows(fx.ctx, "Post", { id: "p_5" }, { relations: ["comments"] })
    assert.deepEqual(post?.["comments"], [])
  })
})

/** 120 columns: more than json_build_array's 100 arguments. */
const wideColumns = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`c${i}`, model.number().default(i)]))
const Wide = model.define("wide", {
  id: model.id().primaryKey(),
  ...wideColumns,
  owner: model.belongsTo(() => Owner, { mappedBy: "wides" }),
})
const Owner = model.define("owner", {
  id: model.id().primaryKey(),
  wides: model.hasMany(() => Wide, { mappedBy: "owner" }),
})

describe("wide models", () => {
  let app: TestApp
  const registry = resolveModels([Wide, Owner])
  before(async () => {
    app = await createTestApp()
    const columns = Object.keys(wideColumns).map((name, i) => `"${name}" integer not null default ${i}`)
    await app.manager.query(`create table owner (id text primary key, created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(), deleted_at timestamptz)`)
    await app.manager
      .query(`create table wide (id text primary key, ${columns.join(", ")}, owner_id text not null references owner,
      created_at timestamptz not null default now(), updated_at timestamptz not null default now(), deleted_at timestamptz)`)
    await app.manager.query("insert into owner (id) values ('o_1')")
    await app.manager.query("insert into wide (id, owner_id) values ('w_1', 'o_1'), ('w_2', 'o_1')")
  })
  after(() => app?.close())

  it("loads relations with more than 100 fields in both strategies", async () => {
    const ctx = { runner: app.manager.runner, registry }
    const joined = await findRows(ctx, "Owner", {}, { relations: ["wides"] })
    const selectIn = await findRows(ctx, "Owner", {}, { relations: ["wides"], relationLoadStrategy: "select-in" })
    assert.deepEqual(joined, selectIn)
    const wides = (joined[0]?.["wides"] ?? []) as Record<string, unknown>[]
    assert.deepEqual(ids(wides), ["w_1", "w_2"])
    assert.equal(wides[0]?.["c119"], 119)
    assert.equal(wides[1]?.["c0"], 0)
    assert.ok(wides[0]?.["created_at"] instanceof Date)
  })
})
