import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import { insertRows, restoreRows, softDeleteRows } from "../../../../src/modules/sql/write/index.js"
import { writeHarness, type WriteHarness } from "./harness.js"

type Row = Record<string, unknown>

let h: WriteHarness
before(async () => {
  h = await writeHarness()
})
after(() => h?.close())

const ids = (rows: Row[]): string[] => rows.map((row) => String(row["id"]))
const variantsOf = (rows: Row[]): Row[] => rows.flatMap((row) => row["variants"] as Row[])

async function posts(count: number, label: string): Promise<Row[]> {
  return insertRows(
    h.ctx(),
    "Post",
    Array.from({ length: count }, (_, i) => ({
      title: `${label}-${i}`,
      comments: [{ body: "a" }, { body: "b" }, { body: "c" }],
    })),
  )
}

async function catalog(count: number, label: string): Promise<Row[]> {
  return insertRows(
    h.ctx(),
    "Product",
    Array.from({ length: count }, (_, i) => ({
      title: `${label}-${i}`,
      variants: [{ sku: "s" }, { sku: "m" }, { sku: "l" }],
    })),
  )
}

async function deletedAt(table: string, list: string[]): Promise<Map<string, Date | null>> {
  const rows = await h.query<{ id: string; deleted_at: Date | null }>(
    `select id, deleted_at from ${table} where id = any($1)`,
    [list],
  )
  return new Map(rows.map((row) => [row.id, row.deleted_at]))
}

describe("softDeleteRows", () => {
  it("soft-deletes 100 posts and their 300 comments in 2 statements", async () => {
    const list = await posts(100, "sd")
    const [result, statements] = await h.statements(() => softDeleteRows(h.ctx(), "Post", { id: ids(list) }))
    assert.equal(statements.length, 2, statements.join("\n"))
    assert.equal(result["Post"]?.length, 100)
    assert.equal(result["Remark"]?.length, 300)
  })

  it("costs one statement per cascading relation and level, whatever the row count, with one timestamp", async () => {
    const [one] = (await catalog(1, "sd-one")) as [Row]
    const [, few] = await h.statements(() => softDeleteRows(h.ctx(), "Product", { id: one["id"] }))
    const products = await catalog(100, "sd")
    const [result, statements] = await h.statements(() => softDeleteRows(h.ctx(), "Product", { id: ids(products) }))
    assert.equal(statements.length, 4, "product; variant and detail; variant_option")
    assert.equal(few.length, statements.length)
    assert.deepEqual(new Set(result["Product"]), new Set(ids(products)))
    assert.deepEqual(new Set(result["Variant"]), new Set(ids(variantsOf(products))))
    const stamps = new Set([
      ...[...(await deletedAt("product", ids(products))).values()].map((d) => d?.getTime()),
      ...[...(await deletedAt("variant", ids(variantsOf(products)))).values()].map((d) => d?.getTime()),
    ])
    assert.equal(stamps.size, 1)
    assert.ok(![...stamps].includes(undefined))
    const exact = await h.query<{ n: number }>(
      "select count(distinct deleted_at)::int as n from (select deleted_at from product where id = any($1) union all select deleted_at from variant where product_id = any($1)) s",
      [ids(products)],
    )
    assert.equal(exact[0]?.n, 1, "same microsecond value everywhere")
  })

  it("cascades through every level, inverse hasOne included, and returns ids by entity", async () => {
    const [p] = (await insertRows(h.ctx(), "Product", [
      { title: "deep", detail: { note: "d" }, variants: [{ sku: "a", options: [{ value: "x" }, { value: "y" }] }] },
    ])) as [Row]
    const variant = (p["variants"] as Row[])[0] as Row
    const [result, statements] = await h.statements(() => softDeleteRows(h.ctx(), "Product", { id: p["id"] }))
    assert.deepEqual(result, {
      Product: [p["id"]],
      Variant: [variant["id"]],
      Detail: [(p["detail"] as Row)["id"]],
      VariantOption: ids(variant["options"] as Row[]),
    })
    assert.equal(statements.length, 4)
  })

  it("does not touch rows already deleted, nor relations outside the cascade", async () => {
    const [brand] = (await insertRows(h.ctx(), "Brand", [{ name: "keep", products: [{ title: "kept-child" }] }])) as [
      Row,
    ]
    const result = await softDeleteRows(h.ctx(), "Brand", { id: brand["id"] })
    assert.deepEqual(Object.keys(result), ["Brand"])
    assert.deepEqual(await softDeleteRows(h.ctx(), "Brand", { id: brand["id"] }), {})
    const [product] = await h.query("select deleted_at from product where title = 'kept-child'")
    assert.equal(product?.["deleted_at"], null)
  })

  it("follows self-referencing cascades level by level and stops", async () => {
    const [root] = (await insertRows(h.ctx(), "Category", [
      { name: "root", children: [{ name: "a", children: [{ name: "a1" }, { name: "a2" }] }, { name: "b" }] },
    ])) as [Row]
    const [result, statements] = await h.statements(() => softDeleteRows(h.ctx(), "Category", { id: root["id"] }))
    assert.equal(result["Category"]?.length, 5)
    assert.equal(statements.length, 4, "root, level 1, level 2, empty level 3")
  })

  it("filters with the read engine's operators", async () => {
    await insertRows(h.ctx(), "Product", [
      { title: "filter-a", stock: 1 },
      { title: "filter-b", stock: 50 },
    ])
    const result = await softDeleteRows(h.ctx(), "Product", { title: { $like: "filter-%" }, stock: { $gt: 10 } })
    assert.equal(result["Product"]?.length, 1)
  })
})

describe("restoreRows", () => {
  it("restores 100 posts and their comments in 2 statements", async () => {
    const list = await posts(100, "rs")
    await softDeleteRows(h.ctx(), "Post", { id: ids(list) })
    const [result, statements] = await h.statements(() => restoreRows(h.ctx(), "Post", { id: ids(list) }))
    assert.equal(statements.length, 2, statements.join("\n"))
    assert.equal(result["Post"]?.length, 100)
    assert.equal(result["Remark"]?.length, 300)
  })

  it("restores 100 products with their variants at the same cost as one", async () => {
    const products = await catalog(100, "rs")
    await softDeleteRows(h.ctx(), "Product", { id: ids(products) })
    const [result, statements] = await h.statements(() => restoreRows(h.ctx(), "Product", { id: ids(products) }))
    assert.equal(statements.length, 4, statements.join("\n"))
    assert.equal(result["Product"]?.length, 100)
    assert.equal(result["Variant"]?.length, 300)
    const live = await h.query("select 1 from variant where product_id = any($1) and deleted_at is null", [
      ids(products),
    ])
    assert.equal(live.length, 300)
  })

  it("brings back exactly what the cascade deleted: a child deleted on its own before stays deleted", async () => {
    const [p] = (await catalog(1, "exact")) as [Row]
    const [own, ...others] = p["variants"] as [Row, ...Row[]]
    await softDeleteRows(h.ctx(), "Variant", { id: own["id"] })
    const before = (await deletedAt("variant", [String(own["id"])])).get(String(own["id"]))
    const deleted = await softDeleteRows(h.ctx(), "Product", { id: p["id"] })
    assert.deepEqual(new Set(deleted["Variant"]), new Set(ids(others)))
    const restored = await restoreRows(h.ctx(), "Product", { id: p["id"] })
    assert.deepEqual(new Set(restored["Variant"]), new Set(ids(others)))
    const after = await deletedAt("variant", ids(p["variants"] as Row[]))
    assert.deepEqual(after.get(String(own["id"])), before)
    assert.ok(others.every((variant) => after.get(String(variant["id"])) === null))
  })

  it("keeps the exact rule inside one transaction (distinct stamps per call)", async () => {
    const [p] = (await catalog(1, "tx")) as [Row]
    const [own] = p["variants"] as [Row]
    await h.inTransaction(async (ctx) => {
      await softDeleteRows(ctx, "Variant", { id: own["id"] })
      await softDeleteRows(ctx, "Product", { id: p["id"] })
      const restored = await restoreRows(ctx, "Product", { id: p["id"] })
      assert.equal(restored["Variant"]?.length, 2)
    })
    const [row] = await h.query("select deleted_at from variant where id = $1", [own["id"]])
    assert.ok(row?.["deleted_at"] instanceof Date)
  })

  it("restores multi-level cascades and self-references, stamp by stamp", async () => {
    const [p] = (await insertRows(h.ctx(), "Product", [
      { title: "deep-restore", variants: [{ sku: "a", options: [{ value: "x" }, { value: "y" }] }] },
    ])) as [Row]
    const variant = (p["variants"] as Row[])[0] as Row
    const [keptDeleted] = variant["options"] as [Row]
    await softDeleteRows(h.ctx(), "VariantOption", { id: keptDeleted["id"] })
    await softDeleteRows(h.ctx(), "Product", { id: p["id"] })
    const [result, statements] = await h.statements(() => restoreRows(h.ctx(), "Product", { id: p["id"] }))
    assert.equal(statements.length, 4)
    assert.deepEqual(result["VariantOption"]?.length, 1)
    const [row] = await h.query("select deleted_at from variant_option where id = $1", [keptDeleted["id"]])
    assert.ok(row?.["deleted_at"] instanceof Date)

    const [root] = (await insertRows(h.ctx(), "Category", [
      { name: "r", children: [{ name: "c", children: [{ name: "g" }] }] },
    ])) as [Row]
    await softDeleteRows(h.ctx(), "Category", { id: root["id"] })
    const categories = await restoreRows(h.ctx(), "Category", { id: root["id"] })
    assert.equal(categories["Category"]?.length, 3)
  })

  it("ignores live rows and returns {} when nothing matches", async () => {
    const [p] = (await catalog(1, "live")) as [Row]
    assert.deepEqual(await restoreRows(h.ctx(), "Product", { id: p["id"] }), {})
  })
})
