import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { findRows } from "../../../../src/modules/sql/read/index.js"
import { assertInvalid, ids, useReadFixture } from "../fixtures-read.js"

const fx = useReadFixture()

const POST_FIELDS =
  "id, title, status, views, rating, amount, published, published_at, metadata, keywords, author_id, created_at, updated_at, deleted_at"

describe("findRows: root rows", () => {
  it("returns every column of live rows, ordered by primary key when no order is given", async () => {
    const rows = await findRows(fx.ctx, "Post", {}, {})
    assert.deepEqual(ids(rows), ["p_1", "p_2", "p_3", "p_5"])
    assert.deepEqual(Object.keys(rows[0] ?? {}), POST_FIELDS.split(", "))
  })

  it("returns columns with their JavaScript types", async () => {
    const [row] = await findRows(fx.ctx, "Post", { id: "p_1" }, {})
    assert.ok(row)
    assert.equal(row["views"], 10)
    assert.equal(row["rating"], 4.5)
    assert.equal(row["amount"], 12.5)
    assert.equal(row["published"], true)
    assert.deepEqual(row["published_at"], new Date("2024-01-02T03:04:05.678Z"))
    assert.ok(row["created_at"] instanceof Date)
    assert.deepEqual(row["metadata"], { source: "import", n: 1 })
    assert.deepEqual(row["keywords"], ["a", "b"])
    assert.equal(row["deleted_at"], null)
  })

  it("includes soft-deleted rows with withDeleted", async () => {
    const rows = await findRows(fx.ctx, "Post", {}, { withDeleted: true })
    assert.deepEqual(ids(rows), ["p_1", "p_2", "p_3", "p_4", "p_5"])
  })

  it("pages with take and skip in SQL", async () => {
    const [rows, statements] = await fx.statements(() => findRows(fx.ctx, "Post", {}, { take: 2, skip: 1 }))
    assert.deepEqual(ids(rows), ["p_2", "p_3"])
    assert.match(statements[0] ?? "", /ORDER BY t0\."id" ASC LIMIT \$1 OFFSET \$2$/)
    assert.deepEqual(ids(await findRows(fx.ctx, "Post", {}, { take: null })), ["p_1", "p_2", "p_3", "p_5"])
    assert.deepEqual(await findRows(fx.ctx, "Post", {}, { take: 0 }), [])
    assert.deepEqual(ids(await findRows(fx.ctx, "Post", {}, { skip: 3 })), ["p_5"])
  })

  it("rejects take and skip that are not non-negative safe integers", async () => {
    await assertInvalid(
      () => findRows(fx.ctx, "Post", {}, { take: -1 }),
      "Expected a non-negative integer for take, got number -1",
    )
    await assertInvalid(() => findRows(fx.ctx, "Post", {}, { take: 1.5 }), /for take, got number 1.5/)
    await assertInvalid(() => findRows(fx.ctx, "Post", {}, { take: Number.NaN }), /for take, got number NaN/)
    await assertInvalid(
      () => findRows(fx.ctx, "Post", {}, { skip: "2" as never }),
      'Expected a non-negative integer for skip, got string "2"',
    )
    await assertInvalid(() => findRows(fx.ctx, "Post", {}, { skip: 2 ** 60 }), /for skip/)
  })

  it("rejects an unknown model and an unknown strategy", async () => {
    await assertInvalid(
      () => findRows(fx.ctx, "Nope", {}, {}),
      'Unknown model "Nope"; known models: Author, Post, Comment, Tag, Cover',
    )
    await assertInvalid(
      () => findRows(fx.ctx, "Post", {}, { relationLoadStrategy: "lazy" as never }),
      'Unknown relationLoadStrategy string "lazy"; allowed: joined, select-in',
    )
  })
})

describe("findRows: order", () => {
  it("sorts by fields, with the primary key as tie-breaker", async () => {
    assert.deepEqual(ids(await findRows(fx.ctx, "Post", {}, { order: { views: "DESC" } })), [
      "p_3",
      "p_1",
      "p_2",
      "p_5",
    ])
    assert.deepEqual(ids(await findRows(fx.ctx, "Post", {}, { order: { status: "asc" } })), [
      "p_2",
      "p_5",
      "p_1",
      "p_3",
    ])
    assert.deepEqual(ids(await findRows(fx.ctx, "Post", {}, { order: { rating: "desc nulls last" as never } })), [
      "p_1",
      "p_3",
      "p_2",
      "p_5",
    ])
  })

  it("sorts by a to-one relation's field, a soft-deleted target sorting as null", async () => {
    const byAuthor = (direction: "ASC" | "DESC", withDeleted = false) =>
      findRows(fx.ctx, "Post", {}, { order: { author: { name: direction } }, withDeleted })
    assert.deepEqual(ids(await byAuthor("ASC")), ["p_1", "p_2", "p_3", "p_5"])
    assert.deepEqual(ids(await byAuthor("DESC")), ["p_3", "p_5", "p_2", "p_1"])
    assert.deepEqual(ids(await byAuthor("DESC", true)), ["p_5", "p_3", "p_2", "p_1", "p_4"])
  })

  it("rejects unknown order fields and directions", async () => {
    await assertInvalid(
      () => findRows(fx.ctx, "Post", {}, { order: { titel: "ASC" } }),
      `Unknown field "titel" on Post in order; known fields: ${POST_FIELDS}; relations: author, comments, tags, cover`,
    )
    await assertInvalid(
      () => findRows(fx.ctx, "Post", {}, { order: { author: { nam: "ASC" } } }),
      /^Unknown field "nam" on Author in order; known fields: id, name, email,/,
    )
    await assertInvalid(
      () => findRows(fx.ctx, "Post", {}, { order: { comments: { bdy: "ASC" } } }),
      /^Unknown field "bdy" on Comment in order;/,
    )
    await assertInvalid(
      () => findRows(fx.ctx, "Post", {}, { order: { title: "UP" as never } }),
      'Invalid order direction string "UP" for Post.title; allowed: ASC, DESC, ASC NULLS FIRST, ASC NULLS LAST, DESC NULLS FIRST, DESC NULLS LAST',
    )
    await assertInvalid(
      () => findRows(fx.ctx, "Post", {}, { order: { author: "ASC" } }),
      /^Expected an object to order by the relation "author" of Post/,
    )
  })
})

describe("findRows: select", () => {
  it("returns the selected fields plus the primary key", async () => {
    const rows = await findRows(fx.ctx, "Post", { id: "p_2" }, { select: ["title", "views"] })
    assert.deepEqual(rows, [{ id: "p_2", title: "Second post", views: 5 }])
  })

  it("treats * as every column", async () => {
    const [row] = await findRows(fx.ctx, "Post", { id: "p_2" }, { select: ["*"] })
    assert.deepEqual(Object.keys(row ?? {}), POST_FIELDS.split(", "))
  })

  it("loads a relation named by a dotted field, with only that field and its key", async () => {
    const rows = await findRows(fx.ctx, "Post", { id: "p_1" }, { select: ["comments.body", "author.name"] })
    assert.deepEqual(rows, [
      {
        id: "p_1",
        comments: [
          { id: "c_1", body: "great post" },
          { id: "c_2", body: "hello there" },
        ],
        author: { id: "au_1", name: "Alice Smith" },
      },
    ])
  })

  it("loads every field of a relation selected as rel.* or by its name", async () => {
    const [star] = await findRows(fx.ctx, "Post", { id: "p_1" }, { select: ["title", "cover.*"] })
    const [bare] = await findRows(fx.ctx, "Post", { id: "p_1" }, { select: ["title", "cover"] })
    assert.deepEqual(Object.keys(star ?? {}), ["id", "title", "cover"])
    assert.deepEqual(Object.keys((star?.["cover"] as object) ?? {}), [
      "id",
      "url",
      "post_id",
      "created_at",
      "updated_at",
      "deleted_at",
    ])
    assert.deepEqual(star, bare)
  })

  it("rejects unknown fields and relations, naming the model and what exists", async () => {
    await assertInvalid(
      () => findRows(fx.ctx, "Post", {}, { select: ["titel"] }),
      `Unknown field "titel" on Post in select; known fields: ${POST_FIELDS}; relations: author, comments, tags, cover`,
    )
    await assertInvalid(
      () => findRows(fx.ctx, "Post", {}, { select: ["comments.bdy"] }),
      'Unknown field "bdy" on Comment in select; known fields: id, body, post_id, author_id, created_at, updated_at, deleted_at; relations: post, author',
    )
    await assertInvalid(
      () => findRows(fx.ctx, "Post", {}, { select: ["title.length"] }),
      'Unknown relation "title" on Post in select ("title" is a field, not a relation); known relations: author, comments, tags, cover',
    )
    await assertInvalid(
      () => findRows(fx.ctx, "Post", {}, { relations: ["comments.writer"] }),
      'Unknown relation "writer" on Comment in relations; known relations: post, author',
    )
    await assertInvalid(
      () => findRows(fx.ctx, "Post", {}, { select: "title" as never }),
      'Expected an array of strings for select, got string "title"',
    )
  })
})

describe("findRows: injection attempts", () => {
  const attempts: [string, () => Promise<unknown>][] = [
    ["a select field", () => findRows(fx.ctx, "Post", {}, { select: ['title" FROM post; DROP TABLE post; --'] })],
    ["a relation", () => findRows(fx.ctx, "Post", {}, { relations: ["comments; DROP TABLE comment"] })],
    ["an order key", () => findRows(fx.ctx, "Post", {}, { order: { "id; DROP TABLE post": "ASC" } })],
    ["an order direction", () => findRows(fx.ctx, "Post", {}, { order: { id: "ASC; DROP TABLE post" as never } })],
    ["a filter key", () => findRows(fx.ctx, "Post", { "title = '' OR 1=1 --": "x" }, {})],
    ["an operator", () => findRows(fx.ctx, "Post", { title: { "$eq' OR 1=1 --": "x" } }, {})],
    ["a nested filter key", () => findRows(fx.ctx, "Post", { comments: { "1=1) OR (1": 1 } }, {})],
  ]
  for (const [what, attempt] of attempts) {
    it(`rejects SQL in ${what} before any statement is sent`, async () => {
      const [, statements] = await fx.statements(() => assertInvalid(attempt, /^(Unknown|Invalid|Expected)/))
      assert.deepEqual(statements, [])
    })
  }

  it("binds values, so SQL in a value is just a value", async () => {
    const rows = await findRows(fx.ctx, "Post", { title: "x' OR '1'='1" }, {})
    assert.deepEqual(rows, [])
    assert.equal((await findRows(fx.ctx, "Post", {}, { withDeleted: true })).length, 5)
  })
})
