import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { findRows } from "../../../../src/modules/sql/read/index.js"
import type { Filters } from "../../../../src/modules/sql/types.js"
import { assertInvalid, ids, useReadFixture } from "../fixtures-read.js"

const fx = useReadFixture()

const posts = async (filters: Filters, withDeleted = false): Promise<unknown[]> =>
  ids(await findRows(fx.ctx, "Post", filters, { withDeleted }))

describe("filters: values", () => {
  it("compares for equality, IN for arrays (deduplicated), IS NULL for null", async () => {
    assert.deepEqual(await posts({ status: "draft" }), ["p_2", "p_5"])
    assert.deepEqual(await posts({ id: ["p_3", "p_1", "p_3"] }), ["p_1", "p_3"])
    assert.deepEqual(await posts({ id: [] }), [])
    assert.deepEqual(await posts({ rating: null }), ["p_2", "p_5"])
    assert.deepEqual(await posts({ author_id: null }), ["p_5"])
    assert.deepEqual(await posts({ published: true, status: "published" }), ["p_1", "p_3"])
    assert.deepEqual(await posts({ published: "false" }), ["p_2", "p_5"])
  })

  it("ignores keys whose value is undefined", async () => {
    assert.deepEqual(await posts({ status: undefined }), ["p_1", "p_2", "p_3", "p_5"])
  })
})

describe("filters: operators", () => {
  it("$eq, $ne, $in, $nin, with null handled as SQL NULL", async () => {
    assert.deepEqual(await posts({ status: { $eq: "published" } }), ["p_1", "p_3"])
    assert.deepEqual(await posts({ status: { $ne: "draft" } }), ["p_1", "p_3"])
    assert.deepEqual(await posts({ rating: { $ne: null } }), ["p_1", "p_3"])
    assert.deepEqual(await posts({ id: { $in: ["p_2", "p_5"] } }), ["p_2", "p_5"])
    assert.deepEqual(await posts({ id: { $nin: ["p_1"] } }), ["p_2", "p_3", "p_5"])
    assert.deepEqual(await posts({ rating: { $in: [4.5, null] } }), ["p_1", "p_2", "p_5"])
    assert.deepEqual(await posts({ rating: { $nin: [4.5, null] } }), ["p_3"])
    assert.deepEqual(await posts({ id: { $nin: [] } }), ["p_1", "p_2", "p_3", "p_5"])
  })

  it("$gt, $gte, $lt, $lte on numbers and dates, combined with AND", async () => {
    assert.deepEqual(await posts({ views: { $gte: 5, $lt: 20 } }), ["p_1", "p_2"])
    assert.deepEqual(await posts({ views: { $gt: "10" } }), ["p_3"])
    assert.deepEqual(await posts({ amount: { $lte: 12.5 } }), ["p_1"])
    assert.deepEqual(await posts({ published_at: { $gt: new Date("2024-02-01") } }), ["p_3"])
    assert.deepEqual(await posts({ published_at: { $lt: "2024-02-01T00:00:00Z" } }), ["p_1"])
  })

  it("$like and $ilike, casting non-text columns to text", async () => {
    assert.deepEqual(await posts({ title: { $ilike: "%WORLD%" } }), ["p_1"])
    assert.deepEqual(await posts({ title: { $like: "%WORLD%" } }), [])
    assert.deepEqual(await posts({ views: { $like: "1%" } }), ["p_1"])
  })

  it("$not on a field and on a filter object, $exists", async () => {
    assert.deepEqual(await posts({ title: { $not: { $ilike: "%o%" } } }), ["p_3"])
    assert.deepEqual(await posts({ status: { $not: "draft" } }), ["p_1", "p_3"])
    assert.deepEqual(await posts({ $not: { status: "draft" } }), ["p_1", "p_3"])
    assert.deepEqual(await posts({ rating: { $exists: true } }), ["p_1", "p_3"])
  })

  it("$contains and $overlap on arrays, equality of whole arrays", async () => {
    assert.deepEqual(await posts({ keywords: { $contains: ["b"] } }), ["p_1", "p_2"])
    assert.deepEqual(await posts({ keywords: { $contains: "a" } }), ["p_1"])
    assert.deepEqual(await posts({ keywords: { $overlap: ["a", "z"] } }), ["p_1"])
    assert.deepEqual(await posts({ keywords: ["b"] }), ["p_2"])
  })

  it("json: containment for a plain object, $eq and $contains", async () => {
    assert.deepEqual(await posts({ metadata: { source: "import" } }), ["p_1"])
    assert.deepEqual(await posts({ metadata: { $contains: { n: 1 } } }), ["p_1"])
    assert.deepEqual(await posts({ metadata: { $eq: {} } }), ["p_2", "p_5"])
  })

  it("$and and $or take arrays; an empty $or matches nothing", async () => {
    assert.deepEqual(await posts({ $or: [{ status: "published" }, { views: 0 }] }), ["p_1", "p_3", "p_5"])
    assert.deepEqual(await posts({ $and: [{ status: "published" }, { views: { $gt: 15 } }] }), ["p_3"])
    assert.deepEqual(
      await posts({ $and: [{ $or: [{ id: "p_1" }, { id: "p_2" }] }, { $or: [{ views: 5 }, { views: 20 }] }] }),
      ["p_2"],
    )
    assert.deepEqual(await posts({ $or: [] }), [])
    assert.deepEqual(await posts({ $and: [] }), ["p_1", "p_2", "p_3", "p_5"])
  })
})

describe("filters: relations", () => {
  it("filters through a to-one relation, hiding soft-deleted targets unless withDeleted", async () => {
    assert.deepEqual(await posts({ author: { name: "Alice Smith" } }), ["p_1"])
    assert.deepEqual(await posts({ author: { name: "Carol Gone" } }), [])
    assert.deepEqual(await posts({ author: { name: "Carol Gone" } }, true), ["p_3"])
  })

  it("filters through to-many relations with EXISTS semantics (no duplicate parents)", async () => {
    assert.deepEqual(await posts({ comments: { id: ["c_1", "c_2", "c_4"] } }), ["p_1", "p_2"])
    assert.deepEqual(await posts({ comments: { body: "spam" } }), [])
    assert.deepEqual(await posts({ comments: { body: "spam" } }, true), ["p_1"])
    assert.deepEqual(await posts({ tags: { name: "tech" } }), ["p_1", "p_2"])
    assert.deepEqual(await posts({ comments: { author: { name: "Bob Jones" } } }), ["p_1"])
  })

  it("accepts keys, key lists, operators and null on a relation", async () => {
    assert.deepEqual(await posts({ author: "au_2" }), ["p_2"])
    assert.deepEqual(await posts({ author: { $in: ["au_1", "au_2"] } }), ["p_1", "p_2"])
    assert.deepEqual(await posts({ author: null }), ["p_5"])
    assert.deepEqual(await posts({ tags: "t_2" }), ["p_1", "p_2"])
    assert.deepEqual(await posts({ cover: null }), ["p_2", "p_3", "p_5"])
  })
})

describe("filters: free text q", () => {
  it("matches searchable fields and searchable relations, AND across tokens", async () => {
    assert.deepEqual(await posts({ q: "alice" }), ["p_1"])
    assert.deepEqual(await posts({ q: "HELLO" }), ["p_1"])
    assert.deepEqual(await posts({ q: "alice hello" }), ["p_1"])
    assert.deepEqual(await posts({ q: "alice zzz" }), [])
    assert.deepEqual(await posts({ q: "bob" }), ["p_2"])
    assert.deepEqual(await posts({ q: "  " }), ["p_1", "p_2", "p_3", "p_5"])
  })

  it("searches soft-deleted related rows only with withDeleted", async () => {
    assert.deepEqual(await posts({ q: "spam" }), [])
    assert.deepEqual(await posts({ q: "spam" }, true), ["p_1"])
  })

  it("matches % and _ literally", async () => {
    assert.deepEqual(await posts({ q: "%" }), ["p_5"])
    assert.deepEqual(await posts({ q: "f_s" }), ["p_5"])
    assert.deepEqual(await posts({ q: "d_t" }), [])
  })

  it("recurses through relations without looping on cycles", async () => {
    const authors = async (q: string) => ids(await findRows(fx.ctx, "Author", { q }, {}))
    assert.deepEqual(await authors("hello"), ["au_1"])
    assert.deepEqual(await authors("meh"), ["au_2"])
  })

  it("adds nothing on a model without searchable fields", async () => {
    assert.deepEqual(ids(await findRows(fx.ctx, "Tag", { q: "zzz" }, {})), ["t_1", "t_2"])
  })

  it("combines with other filters", async () => {
    assert.deepEqual(await posts({ q: "o", status: "draft" }), ["p_2", "p_5"])
  })
})

describe("filters: errors", () => {
  const fields =
    "id, title, status, views, rating, amount, published, published_at, metadata, keywords, author_id, created_at, updated_at, deleted_at"

  it("rejects unknown fields, naming the model, the fields and the relations", async () => {
    await assertInvalid(
      () => posts({ titel: "x" }),
      `Unknown field "titel" on Post in filters; known fields: ${fields}; relations: author, comments, tags, cover`,
    )
    await assertInvalid(() => posts({ comments: { nope: 1 } }), /^Unknown field "nope" on Comment in filters;/)
  })

  it("rejects unknown operators, listing the allowed ones", async () => {
    await assertInvalid(
      () => posts({ views: { $foo: 1 } }),
      'Unknown operator "$foo" on Post.views; allowed: $eq, $ne, $in, $nin, $gt, $gte, $lt, $lte, $like, $ilike, $re, $not, $exists, $contains, $overlap, $contained',
    )
    await assertInvalid(
      () => posts({ $nor: [] }),
      /^Unknown operator "\$nor" in filters on Post; allowed here: \$and, \$or, \$not/,
    )
  })

  it("requires arrays for $and, $or, $in and $nin", async () => {
    await assertInvalid(() => posts({ $or: { id: "p_1" } }), 'Expected array for $or but got object {"id":"p_1"}')
    await assertInvalid(() => posts({ $and: "x" }), 'Expected array for $and but got string "x"')
    await assertInvalid(() => posts({ id: { $in: "p_1" } }), 'Expected an array for $in on Post.id, got string "p_1"')
    await assertInvalid(() => posts({ id: { $nin: 1 } }), "Expected an array for $nin on Post.id, got number 1")
  })

  it("rejects values of the wrong type for the field", async () => {
    await assertInvalid(
      () => posts({ title: { a: 1 } }),
      /^Expected a value or an operator object for Post.title, got object \{"a":1\}; operators: \$eq,/,
    )
    await assertInvalid(() => posts({ views: "abc" }), 'Expected an integer for Post.views, got string "abc"')
    await assertInvalid(
      () => posts({ views: { $gt: 1.5 } }),
      "Expected an integer for Post.views in $gt, got number 1.5",
    )
    await assertInvalid(() => posts({ rating: true }), "Expected a number for Post.rating, got boolean true")
    await assertInvalid(() => posts({ published: 1 }), "Expected a boolean for Post.published, got number 1")
    await assertInvalid(
      () => posts({ published_at: "soon" }),
      /^Expected a date \(Date or ISO string\) for Post.published_at, got string "soon"$/,
    )
    await assertInvalid(
      () => posts({ title: { $ilike: 5 } }),
      "Expected a string pattern for $ilike on Post.title, got number 5",
    )
    await assertInvalid(
      () => posts({ views: { $contains: [1] } }),
      /^\$contains is not supported on Post.views \(integer\)/,
    )
    await assertInvalid(() => posts({ q: 5 }), "Expected a string for q, got number 5")
    await assertInvalid(
      () => findRows(fx.ctx, "Post", "p_1" as never, {}),
      'Expected an object of filters on Post, got string "p_1"',
    )
  })
})
