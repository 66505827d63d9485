import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import { MedusaError } from "../../../../src/errors/medusa-error.js"
import { insertRows } from "../../../../src/modules/sql/write/index.js"
import { writeHarness, type WriteHarness } from "./harness.js"

type Row = Record<string, unknown>

let h: WriteHarness
before(async () => {
  h = await writeHarness()
})
after(() => h?.close())

const invalid = (message: string | RegExp) => (error: unknown) => {
  assert.ok(error instanceof MedusaError, `expected a MedusaError, got ${String(error)}`)
  assert.equal(error.type, "invalid_data")
  if (typeof message === "string") assert.equal(error.message, message)
  else assert.match(error.message, message)
  return true
}

describe("insertRows", () => {
  it("creates rows with prefixed ids, model defaults and timestamps, in input order", async () => {
    const rows = await insertRows(h.ctx(), "Product", [{ title: "B" }, { title: "A", stock: 3, metadata: { a: 1 } }])
    assert.deepEqual(
      rows.map((row) => row["title"]),
      ["B", "A"],
    )
    const [first, second] = rows as [Row, Row]
    assert.match(String(first["id"]), /^prod_[0-9A-Z]{26}$/)
    assert.equal(first["status"], "draft")
    assert.equal(first["stock"], 0)
    assert.equal(first["discountable"], true)
    assert.deepEqual(first["keywords"], [])
    assert.equal(first["metadata"], null)
    assert.ok(first["created_at"] instanceof Date)
    assert.ok(first["updated_at"] instanceof Date)
    assert.equal(first["deleted_at"], null)
    assert.equal(second["stock"], 3)
    assert.deepEqual(second["metadata"], { a: 1 })
  })

  it("stores every column kind as given", async () => {
    const launched = new Date("2024-05-06T07:08:09.123Z")
    const [row] = await insertRows(h.ctx(), "Product", [
      {
        title: "Kinds",
        status: "published",
        weight: 1.5,
        price: "12345678901234",
        discountable: false,
        launched_at: launched.toISOString(),
        metadata: ["top", "level", "array"],
        keywords: ["a", "b,c", 'd"e'],
      },
    ])
    assert.equal(row?.["status"], "published")
    assert.equal(row?.["weight"], 1.5)
    assert.equal(row?.["price"], 12345678901234)
    assert.equal(row?.["discountable"], false)
    assert.deepEqual(row?.["launched_at"], launched)
    assert.deepEqual(row?.["metadata"], ["top", "level", "array"])
    assert.deepEqual(row?.["keywords"], ["a", "b,c", 'd"e'])
  })

  it("returns each created row as reading it back gives it, without reading it back", async () => {
    const before = Date.now()
    const [rows, statements] = await h.statements(() =>
      insertRows(h.ctx(), "Product", [
        {
          title: "Read back",
          status: "published",
          stock: 2,
          price: "12.50",
          discountable: false,
          launched_at: new Date("2024-05-06T07:08:09.123Z"),
          metadata: { b: [1, { c: null }], a: "x" },
        },
        { title: "Defaults only" },
      ]),
    )
    assert.equal(statements.length, 2, statements.join("\n"))
    for (const statement of statements) assert.doesNotMatch(statement, /RETURNING/)
    const read = await h.query(`select * from "product" where id = any($1) order by title desc`, [
      rows.map((row) => row["id"]),
    ])
    assert.deepStrictEqual(rows, read)
    const created = rows[0] as Row
    assert.equal(created["price"], 12.5)
    assert.deepEqual(created["created_at"], created["updated_at"])
    const at = (created["created_at"] as Date).getTime()
    assert.ok(at >= before && at <= Date.now(), "created_at is the instant of the call")
  })

  it("reads back only what the database decides: a real column rounds to single precision", async () => {
    const [rows, statements] = await h.statements(() =>
      insertRows(h.ctx(), "Product", [{ title: "Real", weight: 1.23456789 }]),
    )
    assert.match(statements[0] as string, /RETURNING "id", "weight"$/)
    assert.equal(rows[0]?.["weight"], 1.2345679)
    const [read] = await h.query(`select * from "product" where id = $1`, [rows[0]?.["id"]])
    assert.deepStrictEqual(rows[0], read)
  })

  it("writes any text through the array literals: quotes, backslashes, braces, commas, NULL, empty", async () => {
    const titles = ['say "hi"', "back\\slash", "{braces}", "a,b", "NULL", "", "  spaced  ", "ünï ☃"]
    const data = titles.map((title, i) => ({ title, keywords: [title, `k${i}`], metadata: { title } }))
    const rows = await insertRows(h.ctx(), "Product", data)
    const read = await h.query<Row>(`select title, keywords, metadata from "product" where id = any($1)`, [
      rows.map((row) => row["id"]),
    ])
    const byTitle = new Map(read.map((row) => [row["title"], row]))
    for (const [i, title] of titles.entries()) {
      assert.deepEqual(byTitle.get(title), { title, keywords: [title, `k${i}`], metadata: { title } })
    }
  })

  it("binds a column every row sets alike as one scalar, and a single row without unnest", async () => {
    const data = Array.from({ length: 3 }, (_, i) => ({ title: `Alike ${i}`, status: "published" }))
    const [rows, [many]] = await h.statements(() => insertRows(h.ctx(), "Product", data))
    assert.match(many as string, /\$\d+::text, \$\d+::integer, \$\d+::boolean/, "status, stock and discountable")
    assert.match(many as string, /FROM unnest\(\$1::text\[\], \$2::text\[\]\) AS u\(c0, c1\)/, "id and title")
    assert.deepEqual(
      rows.map((row) => [row["title"], row["status"], row["stock"]]),
      data.map((row) => [row.title, "published", 0]),
    )
    const [[one], [single]] = await h.statements(() => insertRows(h.ctx(), "Product", [{ title: "Alone" }]))
    assert.doesNotMatch(single as string, /unnest/)
    const [read] = await h.query(`select * from "product" where id = $1`, [one?.["id"]])
    assert.deepStrictEqual(one, read)
  })

  it("sends each column as one array: 500 rows bind as many parameters as 1 row", async () => {
    const [one, few] = await h.statements(() => insertRows(h.ctx(), "Product", [{ title: "Bulk 0" }]))
    const data = Array.from({ length: 500 }, (_, i) => ({ title: `Bulk ${i + 1}`, metadata: { n: i } }))
    const [rows, statements] = await h.statements(() => insertRows(h.ctx(), "Product", data))
    assert.equal(one.length, 1)
    assert.equal(statements.length, 1, statements.join("\n"))
    assert.match(statements[0] as string, /FROM unnest\(/)
    assert.equal((statements[0]?.match(/\$\d+/g) ?? []).length, (few[0]?.match(/\$\d+/g) ?? []).length + 1)
    assert.deepEqual(rows[499]?.["metadata"], { n: 499 })
  })

  it("rows that set different properties are written one statement per shape; unset columns take defaults", async () => {
    const [rows, statements] = await h.statements(() =>
      insertRows(h.ctx(), "Product", [
        { title: "Shape A", stock: 7 },
        { title: "Shape B", keywords: ["x", "y"], weight: 2.5 },
        { title: "Shape C", stock: 8 },
      ]),
    )
    assert.equal(statements.length, 2, statements.join("\n"))
    assert.deepEqual(
      rows.map((row) => [row["title"], row["stock"], row["keywords"], row["weight"]]),
      [
        ["Shape A", 7, [], null],
        ["Shape B", 0, ["x", "y"], 2.5],
        ["Shape C", 8, [], null],
      ],
    )
  })

  it("creates 100 products with 3 variants each in 2 statements, children attached", async () => {
    const data = Array.from({ length: 100 }, (_, i) => ({
      title: `P${i}`,
      variants: [{ sku: `P${i}-S` }, { sku: `P${i}-M` }, { sku: `P${i}-L` }],
    }))
    const [rows, statements] = await h.statements(() => insertRows(h.ctx(), "Product", data))
    assert.equal(statements.length, 2, statements.join("\n"))
    assert.equal(rows.length, 100)
    const last = rows[99] as Row
    const variants = last["variants"] as Row[]
    assert.deepEqual(
      variants.map((variant) => variant["sku"]),
      ["P99-S", "P99-M", "P99-L"],
    )
    assert.ok(variants.every((variant) => variant["product_id"] === last["id"]))
    const [{ n }] = (await h.query<{ n: number }>(
      "select count(*)::int as n from variant v join product p on p.id = v.product_id where p.title like 'P%'",
    )) as [{ n: number }]
    assert.equal(n, 300)
  })

  it("inserts three relation levels in three statements", async () => {
    const data = Array.from({ length: 10 }, (_, i) => ({
      title: `Deep${i}`,
      variants: [{ sku: `D${i}`, options: [{ value: "red" }, { value: "blue" }] }],
    }))
    const [rows, statements] = await h.statements(() => insertRows(h.ctx(), "Product", data))
    assert.equal(statements.length, 3)
    const options = ((rows[0]?.["variants"] as Row[])[0]?.["options"] ?? []) as Row[]
    assert.deepEqual(
      options.map((option) => option["value"]),
      ["red", "blue"],
    )
  })

  it("links belongsTo by <rel>_id, { rel: { id } } and { rel: id }, and creates { rel: { ...data } }", async () => {
    const [brand] = (await insertRows(h.ctx(), "Brand", [{ name: "Acme" }])) as [Row]
    const rows = await insertRows(h.ctx(), "Product", [
      { title: "by fk", brand_id: brand["id"] },
      { title: "by object", brand: { id: brand["id"] } },
      { title: "by id", brand: brand["id"] },
      { title: "new brand", brand: { name: "Fresh" } },
    ])
    assert.deepEqual(
      rows.slice(0, 3).map((row) => row["brand_id"]),
      [brand["id"], brand["id"], brand["id"]],
    )
    const created = rows[3]?.["brand"] as Row
    assert.equal(created["name"], "Fresh")
    assert.equal(rows[3]?.["brand_id"], created["id"])
  })

  it("creates an inverse hasOne child", async () => {
    const [row] = await insertRows(h.ctx(), "Product", [{ title: "with detail", detail: { note: "n" } }])
    assert.equal((row?.["detail"] as Row)["product_id"], row?.["id"])
  })

  it("links many-to-many by ids with one pivot statement, and creates new targets", async () => {
    const tags = await insertRows(h.ctx(), "Tag", [{ value: "x" }, { value: "y" }])
    const ids = tags.map((tag) => String(tag["id"]))
    const data = Array.from({ length: 20 }, (_, i) => ({ title: `T${i}`, tags: ids }))
    const [rows, statements] = await h.statements(() => insertRows(h.ctx(), "Product", data))
    assert.equal(statements.length, 2)
    const pivots = await h.query("select * from product_tags where product_id = any($1)", [rows.map((r) => r["id"])])
    assert.equal(pivots.length, 40)

    const [withNew] = await insertRows(h.ctx(), "Product", [
      { title: "new tags", tags: [{ id: ids[0] }, { value: "z" }] },
    ])
    const linked = await h.query<{ value: string }>(
      "select t.value from tag t join product_tags pt on pt.tag_id = t.id where pt.product_id = $1 order by t.value",
      [withNew?.["id"]],
    )
    assert.deepEqual(
      linked.map((row) => row.value),
      ["x", "z"],
    )
  })

  it("adopts existing hasMany children given by id", async () => {
    const [old] = (await insertRows(h.ctx(), "Product", [{ title: "old", variants: [{ sku: "adopt-me" }] }])) as [Row]
    const variantId = (old["variants"] as Row[])[0]?.["id"]
    const [fresh] = (await insertRows(h.ctx(), "Product", [{ title: "fresh", variants: [variantId] }])) as [Row]
    const [variant] = await h.query("select product_id from variant where id = $1", [variantId])
    assert.equal(variant?.["product_id"], fresh["id"])
  })

  it("writes 10,000 rows (past the 65,535 bind-parameter limit as VALUES) in one statement, in input order", async () => {
    const data = Array.from({ length: 10000 }, (_, i) => ({ title: `bulk-${i}`, stock: i }))
    const [rows, statements] = await h.statements(() => insertRows(h.ctx(), "Product", data))
    assert.equal(statements.length, 1)
    assert.equal(rows.length, 10000)
    assert.ok(rows.every((row, i) => row["stock"] === i))
  })
})

describe("insertRows: bad input", () => {
  const cases: Array<[string, Row, string]> = [
    [
      "an unknown property",
      { title: "x", colour: "red" },
      'Unknown property "colour" for Product. Known properties: id, title, status, stock, weight, price, discountable, launched_at, metadata, keywords, brand_id, created_at, updated_at, deleted_at, variants, detail, tags, brand',
    ],
    ["a missing required property", { stock: 1 }, "Value for Product.title is required"],
    ["null on a required property", { title: null }, "Value for Product.title is required, 'null' found"],
    [
      "a string for a number",
      { title: "x", stock: "3" },
      'Invalid value for Product.stock: expected an integer, got string "3"',
    ],
    [
      "a fraction for an integer",
      { title: "x", stock: 1.5 },
      "Invalid value for Product.stock: expected an integer, got number 1.5",
    ],
    [
      "a bad enum value",
      { title: "x", status: "archived" },
      'Invalid value for Product.status: expected one of "draft", "published", got string "archived"',
    ],
    [
      "a non-array for an array",
      { title: "x", keywords: "a" },
      'Invalid value for Product.keywords: expected an array of strings, got string "a"',
    ],
    [
      "an invalid date",
      { title: "x", launched_at: "not a date" },
      'Invalid value for Product.launched_at: expected a Date or an ISO 8601 date string, got string "not a date"',
    ],
    [
      "a number for a boolean",
      { title: "x", discountable: 1 },
      "Invalid value for Product.discountable: expected a boolean, got number 1",
    ],
    ["a missing nested required property", { title: "x", variants: [{}] }, "Value for Variant.sku is required"],
    [
      "a bad nested value",
      { title: "x", variants: [{ sku: "a", options: [{ value: 3 }] }] },
      "Invalid value for VariantOption.value: expected a string, got number 3",
    ],
  ]
  for (const [label, row, message] of cases) {
    it(`refuses ${label} before any statement`, async () => {
      const [, statements] = await h.statements(() =>
        assert.rejects(insertRows(h.ctx(), "Product", [{ title: "fine" }, row]), invalid(message)),
      )
      assert.deepEqual(statements, [])
    })
  }

  it("writes nothing inside a transaction when one row of the batch is bad", async () => {
    await assert.rejects(
      h.inTransaction(async (ctx) => {
        await insertRows(ctx, "Product", [{ title: "atomic-1" }])
        await insertRows(ctx, "Product", [{ title: "atomic-2" }, { title: "atomic-3", stock: "x" }])
      }),
      invalid(/Product\.stock/),
    )
    const rows = await h.query("select 1 from product where title like 'atomic-%'")
    assert.equal(rows.length, 0)
  })

  it("reports the error of the level that failed in the database, and never sends the level below it", async () => {
    const [taken] = (await insertRows(h.ctx(), "Product", [{ title: "taken" }])) as [Row]
    const [, statements] = await h.statements(() =>
      assert.rejects(
        insertRows(h.ctx(), "Product", [
          { title: "unwritten", variants: [{ sku: "never-1" }] },
          { id: taken["id"], title: "again", variants: [{ sku: "never-2" }, { sku: "never-3" }] },
        ]),
        (error: unknown) => {
          assert.ok(error instanceof MedusaError, String(error))
          assert.equal(error.type, "duplicate_error")
          assert.match(error.message, new RegExp(`Product with id: ${String(taken["id"])}, already exists`))
          return true
        },
      ),
    )
    assert.deepEqual(
      statements.map((sql) => sql.match(/^INSERT INTO "(\w+)"/)?.[1]),
      ["product"],
    )
    assert.equal((await h.query("select 1 from product where title in ('unwritten', 'again')")).length, 0)
    assert.equal((await h.query("select 1 from variant where sku like 'never-%'")).length, 0)
  })

  it("rolls back parents when a nested statement fails in the database", async () => {
    await assert.rejects(
      insertRows(h.ctx(), "Product", [{ title: "orphan-parent", tags: ["tag_does_not_exist"] }]),
      (error: unknown) => error instanceof MedusaError,
    )
    const rows = await h.query("select 1 from product where title = 'orphan-parent'")
    assert.equal(rows.length, 0)
  })
})
