import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { resolveModels } from "../../../../src/dml/index.js"
import { validateFindConfig } from "../../../../src/modules/sql/read/index.js"
import { findPlanFor } from "../../../../src/modules/sql/read/find-plan.js"
import type { FindConfig } from "../../../../src/modules/sql/types.js"
import { assertInvalid, readModels } from "../fixtures-read.js"

const registry = resolveModels(readModels)
const plan = (config: FindConfig) => findPlanFor(registry, "Post", validateFindConfig(config))

describe("find plans", () => {
  it("compiles a shape once and reuses it", () => {
    const first = plan({ relations: ["comments"], order: { views: "DESC" } })
    assert.equal(plan({ relations: ["comments"], order: { views: "DESC" } }), first)
    assert.notEqual(plan({ relations: ["comments"], order: { views: "ASC" } }), first)
    assert.notEqual(plan({ relations: ["comments"], order: { views: "DESC" }, withDeleted: true }), first)
    assert.notEqual(
      plan({ relations: ["comments"], order: { views: "DESC" }, relationLoadStrategy: "select-in" }),
      first,
    )
  })

  it("does not cache a shape that failed", async () => {
    await assertInvalid(() => plan({ select: ["nope"] }), /^Unknown field "nope" on Post in select/)
    await assertInvalid(() => plan({ select: ["nope"] }), /^Unknown field "nope" on Post in select/)
  })

  it("maps options.strategy, balanced included, and defaults to joined", () => {
    assert.equal(plan({ relations: ["comments"] }).strategy, "joined")
    assert.equal(plan({ relations: ["comments"], options: { strategy: "balanced" } }).strategy, "select-in")
    assert.equal(plan({ options: { strategy: "joined" }, relationLoadStrategy: "select-in" }).strategy, "select-in")
  })

  it("builds the root statement from metadata only", () => {
    assert.equal(
      plan({ select: ["title"], order: { author: { name: "DESC" } } }).selectFrom,
      'SELECT t0."id", t0."title" FROM "post" AS t0',
    )
    assert.equal(
      plan({ select: ["title"], order: { author: { name: "DESC" } } }).orderBy,
      '(SELECT t1."name" FROM "author" AS t1 WHERE t1."id" = t0."author_id" AND t1."deleted_at" IS NULL) DESC, t0."id" ASC',
    )
  })
})
