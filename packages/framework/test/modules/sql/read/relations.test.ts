import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { countStatements } from "../../../../src/context/execution-scope.js"
import { findRows } from "../../../../src/modules/sql/read/index.js"
import type { FindConfig, Filters, Row } from "../../../../src/modules/sql/types.js"
import { ids, useReadFixture } from "../fixtures-read.js"

const fx = useReadFixture()

type Strategy = "joined" | "select-in"

/** Runs the same find in both strategies, asserts identical results, returns them with the statement counts. */
async function both(entity: string, filters: Filters, config: FindConfig): Promise<[Row[], number, number]> {
  const run = (strategy: Strategy) =>
    fx.statements(() => findRows(fx.ctx, entity, filters, { ...config, relationLoadStrategy: strategy }))
  const [joined, joinedStatements] = await run("joined")
  const [selectIn, selectInStatements] = await run("select-in")
  assert.deepEqual(selectIn, joined)
  assert.deepEqual(
    selectIn.map((row) => Object.keys(row)),
    joined.map((row) => Object.keys(row)),
    "same keys in the same order",
  )
  return [joined, joinedStatements.length, selectInStatements.length]
}

const pick = (row: Row | undefined, key: string): Row => (row?.[key] ?? null) as Row
const list = (row: Row | undefined, key: string): Row[] => (row?.[key] ?? []) as Row[]

describe("relations: both strategies", () => {
  const tree = ["author", "comments.author", "tags", "cover"]

  it("loads the whole tree: joined in one statement, select-in in one per relation level", async () => {
    const [rows, joined, selectIn] = await both("Post", {}, { relations: tree })
    assert.equal(joined, 1)
    assert.equal(selectIn, 1 + 5, "root + author, comments, comments.author, tags, cover")
    assert.deepEqual(ids(rows), ["p_1", "p_2", "p_3", "p_5"])
    const [p1, p2, p3, p5] = rows
    assert.equal(pick(p1, "author")["name"], "Alice Smith")
    assert.deepEqual(ids(list(p1, "comments")), ["c_1", "c_2"], "soft-deleted c_3 hidden")
    assert.deepEqual(
      list(p1, "comments").map((comment) => pick(comment, "author")["name"]),
      ["Bob Jones", "Alice Smith"],
    )
    assert.deepEqual(ids(list(p1, "tags")), ["t_1", "t_2"], "soft-deleted t_3 hidden")
    assert.equal(pick(p1, "cover")["id"], "cv_1")
    assert.equal(pick(p2, "cover"), null, "soft-deleted cover gives null, the post stays")
    assert.deepEqual(ids(list(p2, "comments")), ["c_4"])
    assert.equal(pick(list(p2, "comments")[0], "author"), null, "soft-deleted author gives null, the comment stays")
    assert.equal(pick(p3, "author"), null)
    assert.deepEqual(
      [pick(p5, "author"), list(p5, "comments"), list(p5, "tags"), pick(p5, "cover")],
      [null, [], [], null],
    )
  })

  it("shows soft-deleted rows at every level with withDeleted", async () => {
    const [rows] = await both("Post", {}, { relations: tree, withDeleted: true })
    assert.deepEqual(ids(rows), ["p_1", "p_2", "p_3", "p_4", "p_5"])
    const [p1, p2, p3, p4] = rows
    assert.deepEqual(ids(list(p1, "comments")), ["c_1", "c_2", "c_3"])
    assert.deepEqual(ids(list(p1, "tags")), ["t_1", "t_2", "t_3"])
    assert.equal(pick(p2, "cover")["id"], "cv_2")
    assert.equal(pick(list(p2, "comments")[0], "author")["name"], "Carol Gone")
    assert.equal(pick(p3, "author")["name"], "Carol Gone")
    assert.deepEqual(ids(list(p4, "comments")), ["c_5"])
  })

  it("pages the root rows, not the joined rows", async () => {
    const [rows, joined, selectIn] = await both("Post", {}, { relations: ["comments", "tags"], take: 1, skip: 1 })
    assert.deepEqual(ids(rows), ["p_2"])
    assert.deepEqual(ids(list(rows[0], "comments")), ["c_4"])
    assert.deepEqual([joined, selectIn], [1, 3])
  })

  it("sends no relation statement when there are no parent rows", async () => {
    const [rows, joined, selectIn] = await both("Post", { id: "none" }, { relations: tree })
    assert.deepEqual([rows, joined, selectIn], [[], 1, 1])
  })

  it("loads from the other side: hasMany of belongsTo, many-to-many back", async () => {
    const [authors] = await both("Author", {}, { relations: ["posts.tags"] })
    assert.deepEqual(
      authors.map((author) => [author["id"], ids(list(author, "posts"))]),
      [
        ["au_1", ["p_1"]],
        ["au_2", ["p_2"]],
      ],
    )
    const [tags] = await both("Tag", {}, { relations: ["posts"], withDeleted: true })
    assert.deepEqual(
      tags.map((tag) => ids(list(tag, "posts"))),
      [["p_1", "p_4"], ["p_1", "p_2"], ["p_1"]],
    )
  })

  it("counts statements with countStatements too", async () => {
    const [, counter] = await countStatements(() =>
      findRows(fx.ctx, "Post", {}, { relations: ["comments.author"], relationLoadStrategy: "select-in" }),
    )
    assert.equal(counter.statements, 3)
    const [, joined] = await countStatements(() => findRows(fx.ctx, "Post", {}, { relations: ["comments.author"] }))
    assert.equal(joined.statements, 1)
  })
})

describe("relations: types and selected fields", () => {
  it("hydrates relation rows with the types of root rows", async () => {
    const roots = await findRows(fx.ctx, "Post", { author_id: "au_1" }, {})
    for (const strategy of ["joined", "select-in"] as const) {
      const [author] = await findRows(
        fx.ctx,
        "Author",
        { id: "au_1" },
        { relations: ["posts"], relationLoadStrategy: strategy },
      )
      assert.deepEqual(list(author, "posts"), roots, strategy)
      const post = list(author, "posts")[0]
      assert.ok(post?.["published_at"] instanceof Date)
      assert.ok(post?.["created_at"] instanceof Date)
      assert.equal(post?.["amount"], 12.5)
      assert.equal(post?.["rating"], 4.5)
      assert.deepEqual(post?.["keywords"], ["a", "b"])
      assert.deepEqual(post?.["metadata"], { source: "import", n: 1 })
    }
  })

  it("returns only the selected relation fields, never the join keys it needed", async () => {
    const [rows] = await both(
      "Post",
      { id: "p_1" },
      { select: ["title", "author.name", "comments.body", "comments.author.name", "tags.name"] },
    )
    assert.deepEqual(rows, [
      {
        id: "p_1",
        title: "Hello world",
        author: { id: "au_1", name: "Alice Smith" },
        comments: [
          { id: "c_1", body: "great post", author: { id: "au_2", name: "Bob Jones" } },
          { id: "c_2", body: "hello there", author: { id: "au_1", name: "Alice Smith" } },
        ],
        tags: [
          { id: "t_1", name: "news" },
          { id: "t_2", name: "tech" },
        ],
      },
    ])
  })
})

describe("relations: nested order", () => {
  it("orders a to-many collection by its nested order, then by primary key", async () => {
    const [rows] = await both(
      "Post",
      { id: "p_1" },
      { relations: ["comments", "tags"], order: { comments: { body: "DESC" }, tags: { name: "DESC" } } },
    )
    assert.deepEqual(ids(list(rows[0], "comments")), ["c_2", "c_1"])
    assert.deepEqual(ids(list(rows[0], "tags")), ["t_2", "t_1"])
  })

  it("orders a collection by a to-one relation of its rows", async () => {
    const [asc] = await both(
      "Post",
      { id: "p_1" },
      { relations: ["comments"], order: { comments: { author: { name: "ASC" } } } },
    )
    assert.deepEqual(ids(list(asc[0], "comments")), ["c_2", "c_1"])
    const [desc] = await both(
      "Post",
      { id: "p_1" },
      { relations: ["comments"], order: { comments: { author: { name: "DESC" } } } },
    )
    assert.deepEqual(ids(list(desc[0], "comments")), ["c_1", "c_2"])
  })

  it("orders the root by a to-one field and a collection in the same order object", async () => {
    const [rows] = await both(
      "Post",
      { id: ["p_1", "p_2"] },
      {
        relations: ["comments"],
        order: { author: { name: "DESC" }, comments: { id: "DESC" } },
      },
    )
    assert.deepEqual(ids(rows), ["p_2", "p_1"])
    assert.deepEqual(ids(list(rows[1], "comments")), ["c_2", "c_1"])
  })
})
