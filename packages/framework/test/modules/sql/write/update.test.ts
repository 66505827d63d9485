import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import { MedusaError } from "../../../../src/errors/medusa-error.js"
import { insertRows, softDeleteRows, updateRows, updateRowsById } from "../../../../src/modules/sql/write/index.js"
import { writeHarness, type WriteHarness } from "./harness.js"

type Row = Record<string, unknown>

let h: WriteHarness
before(async () => {
  h = await writeHarness()
})
after(() => h?.close())

const products = async (...titles: string[]): Promise<Row[]> =>
  insertRows(
    h.ctx(),
    "Product",
    titles.map((title) => ({ title })),
  )

describe("updateRowsById", () => {
  it("updates rows setting the same columns in one statement, results in input order", async () => {
    const [a, b, c] = (await products("a", "b", "c")) as [Row, Row, Row]
    const [rows, statements] = await h.statements(() =>
      updateRowsById(h.ctx(), "Product", [
        { id: c["id"], title: "C" },
        { id: a["id"], stock: 5 },
        { id: b["id"], title: "B" },
      ]),
    )
    assert.equal(statements.length, 2, statements.join("\n"))
    assert.match(statements[0] ?? "", /FROM \(VALUES/)
    assert.deepEqual(
      rows.map((row) => [row["id"], row["title"], row["stock"]]),
      [
        [c["id"], "C", 0],
        [a["id"], "a", 5],
        [b["id"], "B", 0],
      ],
    )
    assert.ok((rows[0]?.["updated_at"] as Date) >= (c["updated_at"] as Date))
    assert.ok(rows[0]?.["updated_at"] instanceof Date)
  })

  it("bumps updated_at", async () => {
    const [p] = (await products("bump")) as [Row]
    await new Promise((resolve) => setTimeout(resolve, 5))
    const [updated] = await updateRowsById(h.ctx(), "Product", [{ id: p["id"], stock: 1 }])
    assert.ok((updated?.["updated_at"] as Date).getTime() > (p["updated_at"] as Date).getTime())
  })

  it("reports every missing id with Medusa's message and changes nothing", async () => {
    const [p] = (await products("present")) as [Row]
    await assert.rejects(
      updateRowsById(h.ctx(), "Product", [
        { id: "prod_x", title: "no" },
        { id: p["id"], title: "changed" },
        { id: "prod_y", title: "no" },
      ]),
      (error: unknown) => {
        assert.ok(error instanceof MedusaError)
        assert.equal(error.type, "not_found")
        assert.equal(error.message, 'Product with id "prod_x, prod_y" not found')
        return true
      },
    )
    const [row] = await h.query("select title from product where id = $1", [p["id"]])
    assert.equal(row?.["title"], "present")
  })

  it("treats soft-deleted rows as missing", async () => {
    const [p] = (await products("gone")) as [Row]
    await softDeleteRows(h.ctx(), "Product", { id: p["id"] })
    await assert.rejects(updateRowsById(h.ctx(), "Product", [{ id: p["id"], title: "x" }]), {
      message: `Product with id "${String(p["id"])}" not found`,
    })
  })

  it("shallow-merges metadata, deleting keys given as empty strings", async () => {
    const [p] = (await insertRows(h.ctx(), "Product", [{ title: "meta", metadata: { a: 1, b: 2 } }])) as [Row]
    const [q] = (await products("no meta")) as [Row]
    const rows = await updateRowsById(h.ctx(), "Product", [
      { id: p["id"], metadata: { b: "", c: 3 } },
      { id: q["id"], metadata: { fresh: true } },
    ])
    assert.deepEqual(rows[0]?.["metadata"], { a: 1, c: 3 })
    assert.deepEqual(rows[1]?.["metadata"], { fresh: true })
    const [cleared] = await updateRowsById(h.ctx(), "Product", [{ id: p["id"], metadata: null }])
    assert.equal(cleared?.["metadata"], null)
  })

  it("sets belongsTo by id and replaces many-to-many collections", async () => {
    const [brand] = (await insertRows(h.ctx(), "Brand", [{ name: "B" }])) as [Row]
    const tags = await insertRows(h.ctx(), "Tag", [{ value: "t1" }, { value: "t2" }])
    const [p] = (await insertRows(h.ctx(), "Product", [{ title: "rel", tags: [tags[0]?.["id"]] }])) as [Row]
    const [updated] = await updateRowsById(h.ctx(), "Product", [
      { id: p["id"], brand: brand["id"], tags: [tags[1]?.["id"]] },
    ])
    assert.equal(updated?.["brand_id"], brand["id"])
    const pivots = await h.query("select tag_id from product_tags where product_id = $1", [p["id"]])
    assert.deepEqual(pivots, [{ tag_id: tags[1]?.["id"] }])
    await updateRowsById(h.ctx(), "Product", [{ id: p["id"], tags: [] }])
    assert.deepEqual(await h.query("select tag_id from product_tags where product_id = $1", [p["id"]]), [])
  })

  it("applies repeated ids in order", async () => {
    const [p] = (await products("twice")) as [Row]
    const rows = await updateRowsById(h.ctx(), "Product", [
      { id: p["id"], title: "first" },
      { id: p["id"], title: "second" },
    ])
    assert.deepEqual(
      rows.map((row) => row["title"]),
      ["first", "second"],
    )
  })

  it("validates like inserts, without the required check, before any statement", async () => {
    const [p] = (await products("valid")) as [Row]
    const [, statements] = await h.statements(async () => {
      await assert.rejects(updateRowsById(h.ctx(), "Product", [{ id: p["id"], colour: "red" }]), {
        type: "invalid_data",
        message: /Unknown property "colour" for Product/,
      })
      await assert.rejects(updateRowsById(h.ctx(), "Product", [{ id: p["id"], stock: "1" }]), {
        type: "invalid_data",
        message: 'Invalid value for Product.stock: expected an integer, got string "1"',
      })
      await assert.rejects(updateRowsById(h.ctx(), "Product", [{ id: p["id"], title: null }]), {
        message: "Value for Product.title is required, 'null' found",
      })
      await assert.rejects(updateRowsById(h.ctx(), "Product", [{ title: "no id" }]), {
        type: "invalid_data",
        message: "Product.id is required to update a Product by id",
      })
      await assert.rejects(updateRowsById(h.ctx(), "Product", [{ id: p["id"], variants: [{ sku: "x" }] }]), {
        message: 'Updating the "variants" relation of Product is not supported; update Variant rows directly',
      })
    })
    assert.deepEqual(statements, [])
  })
})

describe("updateRows (selector form)", () => {
  it("gives every matching live row the data; no match is not an error", async () => {
    await products("sel-1", "sel-2", "other")
    const rows = await updateRows(h.ctx(), "Product", [
      { selector: { title: { $like: "sel-%" } }, data: { status: "published" } },
      { selector: { title: "nothing matches" }, data: { stock: 1 } },
    ])
    assert.deepEqual(rows.map((row) => row["title"]).sort(), ["sel-1", "sel-2"])
    assert.ok(rows.every((row) => row["status"] === "published"))
    const [other] = await h.query("select status from product where title = 'other'")
    assert.equal(other?.["status"], "draft")
  })

  it("uses one statement per selector", async () => {
    const [a] = (await products("one")) as [Row]
    const [rows, statements] = await h.statements(() =>
      updateRows(h.ctx(), "Product", [{ selector: { id: a["id"] }, data: { stock: 9 } }]),
    )
    assert.equal(statements.length, 1)
    assert.equal(rows[0]?.["stock"], 9)
  })

  it("refuses unknown filter fields", async () => {
    await assert.rejects(updateRows(h.ctx(), "Product", [{ selector: { nope: 1 }, data: { stock: 1 } }]), {
      type: "invalid_data",
    })
  })
})
