// The query graph's contract, run twice: compiled into one statement (modules in one database) and
// joined in memory (modules on different databases). Same assertions, same results.
import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { MedusaError } from "../../src/errors/medusa-error.js"
import type { TestApp } from "../../src/testing/create-test-app.js"
import { QueryContext, queryFor, type UntypedQuery, seed, startGraphApp, type Mode, type Seeded } from "./support.js"

type AnyRow = Record<string, unknown>
const rows = (value: unknown): AnyRow[] => value as AnyRow[]

async function invalid(promise: Promise<unknown>, pattern: RegExp): Promise<void> {
  const error = await promise.then(
    () => assert.fail("expected an invalid_data error"),
    (e: unknown) => e,
  )
  assert.ok(MedusaError.isMedusaError(error), String(error))
  assert.equal(error.type, "invalid_data")
  assert.match(error.message, pattern)
}

for (const mode of ["compiled", "in-memory"] as Mode[]) {
  describe(`query.graph (${mode})`, () => {
    let app: TestApp
    let query: UntypedQuery
    let ids: Seeded
    before(async () => {
      app = await startGraphApp()
      query = queryFor(app, mode, 50)
      ids = await seed(app)
    })
    after(() => app?.close())

    test("entity aliases: the snake name and its plural; * gives the columns; metadata has the exact count", async () => {
      const { data, metadata } = await query.graph({
        entity: "products",
        fields: ["*"],
        pagination: { order: { title: "ASC" } },
      })
      assert.deepEqual(
        rows(data).map((row) => row["title"]),
        ["Hat", "Pants", "Shirt"],
      )
      const shirt = rows(data)[2] as AnyRow
      assert.deepEqual(Object.keys(shirt).sort(), [
        "created_at",
        "deleted_at",
        "id",
        "metadata",
        "rating",
        "status",
        "title",
        "updated_at",
      ])
      assert.ok(shirt["created_at"] instanceof Date)
      assert.deepEqual(shirt["metadata"], { color: "blue" })
      assert.deepEqual(metadata, { count: 3, skip: 0, take: 3 })
      const single = await query.graph({ entity: "product", fields: ["title"], filters: { id: ids.pants } })
      assert.deepEqual(single.data, [{ id: ids.pants, title: "Pants" }])
    })

    test("dotted paths through relations and links, at any depth, typed as root columns are", async () => {
      const { data } = await query.graph({
        entity: "product",
        fields: [
          "title",
          "variants.sku",
          "variants.released_at",
          "categories.name",
          "brand.name",
          "variants.product.brand.name",
        ],
        filters: { id: ids.shirt },
      })
      const [shirt] = rows(data)
      assert.deepEqual(shirt, {
        id: ids.shirt,
        title: "Shirt",
        variants: [
          {
            id: (rows(shirt?.["variants"])[0] as AnyRow)["id"],
            sku: "S-1",
            released_at: new Date("2024-05-01T10:00:00Z"),
            product: { id: ids.shirt, brand: { id: ids.acme, name: "Acme" } },
          },
          {
            id: (rows(shirt?.["variants"])[1] as AnyRow)["id"],
            sku: "S-2",
            released_at: null,
            product: { id: ids.shirt, brand: { id: ids.acme, name: "Acme" } },
          },
        ],
        categories: [{ id: ids.clothing, name: "Clothing" }],
        brand: { id: ids.acme, name: "Acme" },
      })
    })

    test("a link's field appears on both sides; a list side is an array, soft-deleted rows hidden", async () => {
      const { data } = await query.graph({
        entity: "brand",
        fields: ["name", "products.title", "products.variants.*"],
        pagination: { order: { name: "ASC" } },
      })
      assert.deepEqual(
        rows(data).map((brand) => [brand["name"], rows(brand["products"]).map((p) => p["title"])]),
        [
          ["Acme", ["Shirt"]],
          ["Zenith", ["Pants"]],
        ],
      )
      const pants = rows(rows(data)[1]?.["products"])[0] as AnyRow
      assert.equal(rows(pants["variants"])[0]?.["price"], 3000)
      const hat = await query.graph({ entity: "product", fields: ["brand.*", "notes.text"], filters: { id: ids.hat } })
      assert.deepEqual(hat.data, [{ id: ids.hat, brand: null, notes: [] }])
    })

    test("a relation named without sub-fields loads all its columns; *rel is rel.*", async () => {
      const a = await query.graph({ entity: "product", fields: ["id", "brand"], filters: { id: ids.shirt } })
      const b = await query.graph({ entity: "product", fields: ["id", "*brand"], filters: { id: ids.shirt } })
      assert.deepEqual(a.data, b.data)
      assert.deepEqual(Object.keys(rows(a.data)[0]?.["brand"] as AnyRow).sort(), [
        "created_at",
        "deleted_at",
        "id",
        "name",
        "updated_at",
      ])
    })

    test("read-only links resolve through the left model's own column", async () => {
      const { data } = await query.graph({
        entity: "reviews",
        fields: ["rating", "product.title"],
        pagination: { order: { rating: "DESC" } },
      })
      assert.deepEqual(
        rows(data).map((review) => [review["rating"], (review["product"] as AnyRow)["title"]]),
        [
          [5, "Shirt"],
          [3, "Pants"],
        ],
      )
      assert.deepEqual(Object.keys(rows(data)[0] as AnyRow).sort(), ["id", "product", "rating"])
      const filtered = await query.graph({
        entity: "review",
        fields: ["rating"],
        filters: { product: { title: "Pants" } },
      })
      assert.deepEqual(
        rows(filtered.data).map((review) => review["rating"]),
        [3],
      )
    })

    test("shortcuts: a link's field reached from the other side under its own name", async () => {
      const { data } = await query.graph({
        entity: "product",
        fields: ["title", "brand_name"],
        pagination: { order: { title: "ASC" } },
      })
      assert.deepEqual(rows(data), [
        { id: ids.hat, title: "Hat", brand_name: null },
        { id: ids.pants, title: "Pants", brand_name: "Zenith" },
        { id: ids.shirt, title: "Shirt", brand_name: "Acme" },
      ])
    })

    test("filters on linked and related fields restrict the roots (EXISTS for to-many), counts stay exact", async () => {
      const titles = async (filters: Record<string, unknown>) =>
        rows(
          (
            await query.graph({
              entity: "product",
              fields: ["title"],
              filters,
              pagination: { order: { title: "ASC" } },
            })
          ).data,
        ).map((row) => row["title"])
      assert.deepEqual(await titles({ brand: { name: "Acme" } }), ["Shirt"])
      assert.deepEqual(await titles({ brand: { name: { $ilike: "%e%" } } }), ["Pants", "Shirt"])
      assert.deepEqual(await titles({ brand: ids.zenith }), ["Pants"])
      assert.deepEqual(await titles({ brand: null }), ["Hat"])
      assert.deepEqual(await titles({ variants: { price: { $gte: 2000 } } }), ["Pants", "Shirt"])
      assert.deepEqual(await titles({ categories: { name: "Sale" } }), ["Pants"])
      assert.deepEqual(await titles({ categories: { id: undefined } }), ["Hat", "Pants", "Shirt"])
      assert.deepEqual(await titles({ $or: [{ brand: { name: "Zenith" } }, { title: "Hat" }] }), ["Hat", "Pants"])
      assert.deepEqual(await titles({ brand_name: "Acme" }), ["Shirt"])
      assert.deepEqual(await titles({ q: "hat" }), ["Hat"])
      const brands = await query.graph({
        entity: "brand",
        fields: ["name"],
        filters: { products: { variants: { sku: "P-1" } } },
      })
      assert.deepEqual(
        rows(brands.data).map((row) => row["name"]),
        ["Zenith"],
      )
      const page = await query.graph({
        entity: "product",
        fields: ["title", "variants.sku"],
        filters: { variants: { price: { $gt: 0 } } },
        pagination: { take: 1, skip: 1, order: { title: "DESC" } },
      })
      assert.deepEqual(
        rows(page.data).map((row) => [row["title"], rows(row["variants"]).length]),
        [["Pants", 1]],
      )
      assert.deepEqual(page.metadata, { count: 2, skip: 1, take: 1 })
    })

    test("nested order sorts a collection; a page past the end is empty with the right count", async () => {
      const { data } = await query.graph({
        entity: "product",
        fields: ["variants.sku"],
        filters: { id: ids.shirt },
        pagination: { order: { variants: { price: "DESC" } } },
      })
      assert.deepEqual(
        rows(rows(data)[0]?.["variants"]).map((variant) => variant["sku"]),
        ["S-2", "S-1"],
      )
      const empty = await query.graph({ entity: "product", fields: ["id"], pagination: { skip: 10, take: 5 } })
      assert.deepEqual(empty, { data: [], metadata: { count: 3, skip: 10, take: 5 } })
      // As in Medusa: `take` without `skip` returns no metadata (and costs no count).
      const takeOnly = await query.graph({ entity: "product", fields: ["id"], pagination: { take: 2 } })
      assert.equal(takeOnly.data.length, 2)
      assert.equal(takeOnly.metadata, undefined)
    })

    test("withDeleted includes the root module's soft-deleted rows (and their live links)", async () => {
      const { data, metadata } = await query.graph({
        entity: "product",
        fields: ["title", "brand.name"],
        withDeleted: true,
        pagination: { order: { title: "ASC" }, skip: 0, take: 10 },
      })
      assert.deepEqual(
        rows(data).map((row) => row["title"]),
        ["Gone", "Hat", "Pants", "Shirt"],
      )
      assert.equal(metadata?.count, 4)
      assert.equal((rows(data)[0]?.["brand"] as AnyRow | null)?.["name"], "Acme")
    })

    test("computed fields get the QueryContext found at their path", async () => {
      const { data } = await query.graph({
        entity: "product",
        fields: ["variants.sku", "variants.price_with_tax"],
        filters: { id: ids.shirt },
        context: { variants: { price_with_tax: QueryContext({ tax_rate: 0.2 }) } },
      })
      assert.deepEqual(
        rows(rows(data)[0]?.["variants"]).map((variant) => [variant["sku"], variant["price_with_tax"]]),
        [
          ["S-1", 1200],
          ["S-2", 2400],
        ],
      )
      const root = await query.graph({
        entity: "product_variants",
        fields: ["sku", "price_with_tax"],
        filters: { sku: "P-1" },
        context: { price_with_tax: QueryContext({ tax_rate: 0.1 }) },
      })
      assert.deepEqual(
        rows(root.data).map((variant) => variant["price_with_tax"]),
        [3300],
      )
    })

    test("bad input is invalid_data naming what was wrong and what is allowed", async () => {
      await invalid(
        query.graph({ entity: "prodcut", fields: ["id"] }),
        /Unknown entity string "prodcut".*known entities: .*product, products/,
      )
      await invalid(
        query.graph({ entity: "product", fields: ["titel"] }),
        /Unknown field "titel" on Product in fields; fields: id, title/,
      )
      await invalid(
        query.graph({ entity: "product", fields: ["variants.skuu"] }),
        /Unknown field "skuu" on ProductVariant/,
      )
      await invalid(
        query.graph({ entity: "product", fields: ["brnd.name"] }),
        /Unknown field "brnd" on Product.*relations and links: variants, categories, brand, notes/,
      )
      await invalid(
        query.graph({ entity: "product", fields: ["title.x"] }),
        /"title" is a field of Product, not a relation/,
      )
      await invalid(
        query.graph({ entity: "product", filters: { brand: { nam: "x" } } }),
        /Unknown field "nam" on Brand in filters/,
      )
      await invalid(
        query.graph({ entity: "product_variant", filters: { price_with_tax: 10 } }),
        /Cannot filter on ProductVariant.price_with_tax: it is computed per request and is not filterable/,
      )
      await invalid(
        query.graph({ entity: "product", pagination: { take: 51 } }),
        /pagination.take 51 is above the maximum of 50/,
      )
      await invalid(
        query.graph({ entity: "product", fields: ["variants.price_with_tax"] }),
        /price_with_tax requires a numeric tax_rate/,
      )
      await invalid(
        query.graph({ entity: "product", pagination: { order: { title: "sideways" } } }),
        /Invalid order direction/,
      )
      await invalid(
        query.graph({ entity: "product", filters: { rating: "high" } }),
        /Expected an integer for Product.rating/,
      )
    })

    test("field strings, filter keys and order keys never reach SQL: injection attempts are rejected or bound", async () => {
      const attacks = [
        'title"; drop table product; --',
        "title) from product; --",
        "variants.sku' or '1'='1",
        'brand.name"--',
      ]
      for (const field of attacks) await invalid(query.graph({ entity: "product", fields: [field] }), /Unknown field/)
      for (const key of attacks) {
        await invalid(query.graph({ entity: "product", filters: { [key]: "x" } }), /Unknown field|Unknown operator/)
        await invalid(query.graph({ entity: "product", pagination: { order: { [key]: "ASC" } } }), /Unknown field/)
      }
      await invalid(
        query.graph({ entity: "product", filters: { "$or); drop table product; --": [] } }),
        /Unknown operator/,
      )
      await invalid(query.graph({ entity: "product; drop table product", fields: ["id"] }), /Unknown entity/)
      const bound = await query.graph({
        entity: "product",
        fields: ["title"],
        filters: { title: "x' or '1'='1", brand: { name: "'; drop table brand; --" } },
      })
      assert.deepEqual(bound.data, [])
      const still = await query.graph({ entity: "brand", fields: ["name"] })
      assert.equal(rows(still.data).length, 2)
    })
  })
}
