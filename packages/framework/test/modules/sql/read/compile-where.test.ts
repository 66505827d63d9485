import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { resolveModels } from "../../../../src/dml/index.js"
import { compileWhere } from "../../../../src/modules/sql/read/index.js"
import { readModels } from "../fixtures-read.js"

const registry = resolveModels(readModels)

function compile(filters: Record<string, unknown>, withDeleted = false): [string, unknown[]] {
  const params: unknown[] = []
  return [compileWhere(registry, "Post", filters, "p", params, { withDeleted }), params]
}

describe("compileWhere: the SQL it produces", () => {
  it("adds the soft-delete guard unless withDeleted", () => {
    assert.deepEqual(compile({}), ['p."deleted_at" IS NULL', []])
    assert.deepEqual(compile({}, true), ["TRUE", []])
  })

  it("binds every value and appends to the given params", () => {
    const params: unknown[] = ["already"]
    const sql = compileWhere(registry, "Post", { status: "draft", views: { $gte: 3 } }, "p", params)
    assert.equal(sql, 'p."deleted_at" IS NULL AND p."status" = $2 AND p."views" >= $3')
    assert.deepEqual(params, ["already", "draft", 3])
  })

  it("compiles lists, nulls and groups", () => {
    assert.deepEqual(compile({ id: ["a", "b", "a"], rating: null }, true), [
      'p."id" = ANY($1) AND p."rating" IS NULL',
      [["a", "b"]],
    ])
    assert.deepEqual(compile({ $or: [{ status: "draft" }, { views: 1, rating: { $in: [1, null] } }] }, true), [
      '(p."status" = $1 OR (p."views" = $2 AND (p."rating" = ANY($3) OR p."rating" IS NULL)))',
      ["draft", 1, [1]],
    ])
  })

  it("compiles relation filters as correlated EXISTS with the soft-delete guard", () => {
    assert.deepEqual(compile({ comments: { body: "x" } }, false), [
      'p."deleted_at" IS NULL AND EXISTS (SELECT 1 FROM "comment" AS w1 WHERE w1."post_id" = p."id" AND w1."deleted_at" IS NULL AND w1."body" = $1)',
      ["x"],
    ])
    assert.deepEqual(compile({ tags: { name: "x" } }, true), [
      'EXISTS (SELECT 1 FROM "tag" AS w1 INNER JOIN "post_tags" AS w1_p ON w1_p."tag_id" = w1."id" WHERE w1_p."post_id" = p."id" AND w1."name" = $1)',
      ["x"],
    ])
    assert.deepEqual(compile({ author: "au_1" }, true), ['p."author_id" = $1', ["au_1"]])
  })

  it("compiles q as one bound pattern per token", () => {
    const [sql, params] = compile({ q: "a  b" }, true)
    assert.deepEqual(params, ["%a%", "%b%"])
    assert.equal((sql.match(/\$1/g) ?? []).length, 3, "title, author.name, comments.body")
    assert.match(sql, /^\(p\."title" ILIKE \$1 OR EXISTS .*\) AND \(p\."title" ILIKE \$2 OR EXISTS .*\)$/)
  })

  it("never shadows the caller's alias with its own", () => {
    const params: unknown[] = []
    const sql = compileWhere(registry, "Post", { comments: { body: "x" } }, "w1", params, { withDeleted: true })
    assert.equal(sql, 'EXISTS (SELECT 1 FROM "comment" AS w2 WHERE w2."post_id" = w1."id" AND w2."body" = $1)')
  })
})
