import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { seedCatalog, type Catalog } from "./support/catalog-fixture.js"
import { startRouteApp, type ErrorBody, type RouteApp } from "./support/route-app.js"

interface AdminProduct {
  id: string
  title: string
  handle: string
  status: string
  deleted_at: string | null
  variants: { title: string; sku: string | null; prices: { amount: number; currency_code: string }[] }[]
  categories: { id: string }[]
}
interface ProductList {
  products: AdminProduct[]
  count: number
}

let api: RouteApp
let catalog: Catalog
before(async () => {
  api = await startRouteApp()
  catalog = await seedCatalog(api.app)
})
after(() => api?.close())

async function productCount(): Promise<number> {
  const [row] = await api.app.manager.query<{ n: number }>("select count(*)::int as n from products")
  return row?.n ?? -1
}

const lamp = (sku: string) => ({
  title: `Desk Lamp ${sku}`,
  status: "published",
  category_ids: [catalog.categories.shirts],
  variants: [
    {
      title: "Standard",
      sku,
      inventory_quantity: 4,
      prices: [
        { amount: 4500, currency_code: "usd" },
        { amount: 3900, currency_code: "EUR", region_id: catalog.regions.eu },
      ],
    },
  ],
})

describe("GET /admin/products", () => {
  test("lists drafts too, filters by status and search, in one statement", async () => {
    const all = await api.get<ProductList>("/admin/products")
    assert.equal(all.status, 200)
    assert.equal(all.body.count, 3)
    assert.equal(all.statements, 1)
    const drafts = await api.get<ProductList>("/admin/products?status=draft")
    assert.deepEqual(
      drafts.body.products.map((p) => p.id),
      [catalog.products.poster],
    )
    const search = await api.get<ProductList>("/admin/products?q=mug&status=draft&status=published")
    assert.deepEqual(
      search.body.products.map((p) => p.id),
      [catalog.products.mug],
    )
  })

  test("shows variants with their stored prices", async () => {
    const { body } = await api.get<{ product: AdminProduct }>(`/admin/products/${catalog.products.mug}`)
    const amounts = body.product.variants[0]?.prices.map((p) => `${p.currency_code}:${p.amount}`).sort()
    assert.deepEqual(amounts, ["eur:750", "eur:800", "usd:900"])
  })

  test("rejects a status that does not exist", async () => {
    const { status, body } = await api.get<ErrorBody>("/admin/products?status=archived")
    assert.equal(status, 400)
    assert.match(body.message, /query parameter 'status'/)
  })
})

describe("POST /admin/products", () => {
  test("creates a product with variants, prices and categories; the store prices it", async () => {
    const { status, body } = await api.post<{ product: AdminProduct }>("/admin/products", lamp("LAMP-1"))
    assert.equal(status, 200)
    assert.equal(body.product.handle, "desk-lamp-lamp-1")
    assert.deepEqual(
      body.product.categories.map((c) => c.id),
      [catalog.categories.shirts],
    )
    const store = await api.get<{ product: { variants: { calculated_price: { calculated_amount: number } }[] } }>(
      `/store/products/${body.product.id}?region_id=${catalog.regions.eu}`,
    )
    assert.equal(store.body.product.variants[0]?.calculated_price.calculated_amount, 3900)
  })

  test("bad bodies are 400s naming the field; nothing is written", async () => {
    const before = await productCount()
    const cases: [unknown, RegExp][] = [
      [{}, /field 'title'/],
      [{ title: "X", colour: "red" }, /unknown field 'colour'/],
      [{ title: "X", status: "live" }, /field 'status'/],
      [{ title: "X", handle: "Not A Handle" }, /field 'handle': must be lower-case/],
      [{ title: "X", variants: [{ title: "V", prices: [{ amount: 9.99, currency_code: "usd" }] }] }, /amount/],
      [{ title: "X", variants: [{ title: "V", prices: [{ amount: 999, currency_code: "dollar" }] }] }, /currency_code/],
      [{ title: "X", variants: [{ title: "V", stock: 3 }] }, /unknown field 'variants\[0\]\.stock'/],
    ]
    for (const [body, message] of cases) {
      const reply = await api.post<ErrorBody>("/admin/products", body)
      assert.equal(reply.status, 400, JSON.stringify(body))
      assert.match(reply.body.message, message, JSON.stringify(body))
    }
    assert.equal(await productCount(), before)
  })

  test("a duplicate SKU is refused and nothing of the product is written", async () => {
    const before = await productCount()
    const { status } = await api.post("/admin/products", { title: "Dup", variants: [{ title: "V", sku: "MUG" }] })
    assert.equal(status, 422)
    assert.equal(await productCount(), before)
  })
})

describe("POST and DELETE /admin/products/:id", () => {
  test("updates fields and replaces categories", async () => {
    const { status, body } = await api.post<{ product: AdminProduct }>(`/admin/products/${catalog.products.poster}`, {
      title: "Big Poster",
      status: "published",
      category_ids: [catalog.categories.mugs],
    })
    assert.equal(status, 200)
    assert.equal(body.product.title, "Big Poster")
    assert.equal(body.product.status, "published")
    assert.deepEqual(
      body.product.categories.map((c) => c.id),
      [catalog.categories.mugs],
    )
  })

  test("an unknown product is a 404 for update, retrieve and delete", async () => {
    assert.equal((await api.post("/admin/products/prod_missing", { title: "X" })).status, 404)
    assert.equal((await api.get("/admin/products/prod_missing")).status, 404)
    assert.equal((await api.delete("/admin/products/prod_missing")).status, 404)
  })

  test("delete soft-deletes; with_deleted still lists it", async () => {
    const created = await api.post<{ product: AdminProduct }>("/admin/products", lamp("LAMP-DEL"))
    const id = created.body.product.id
    const { status, body } = await api.delete(`/admin/products/${id}`)
    assert.equal(status, 200)
    assert.deepEqual(body, { id, object: "product", deleted: true })
    assert.equal((await api.get(`/admin/products/${id}`)).status, 404)
    const withDeleted = await api.get<ProductList>("/admin/products?with_deleted=true&q=LAMP-DEL&fields=id,deleted_at")
    assert.equal(withDeleted.body.products.length, 1)
    assert.notEqual(withDeleted.body.products[0]?.deleted_at, null)
  })
})

describe("POST /admin/products/batch", () => {
  test("creates, updates and deletes in one call", async () => {
    const victim = await api.post<{ product: AdminProduct }>("/admin/products", lamp("LAMP-B0"))
    const { status, body } = await api.post<{
      created: AdminProduct[]
      updated: AdminProduct[]
      deleted: { ids: string[]; object: string; deleted: boolean }
    }>("/admin/products/batch", {
      create: [lamp("LAMP-B1"), lamp("LAMP-B2")],
      update: [{ id: catalog.products.shirt, subtitle: "Now in blue" }],
      delete: [victim.body.product.id],
    })
    assert.equal(status, 200)
    assert.deepEqual(
      body.created.map((p) => p.variants[0]?.sku),
      ["LAMP-B1", "LAMP-B2"],
    )
    assert.equal(body.created[1]?.variants[0]?.prices.length, 2)
    assert.deepEqual(
      body.updated.map((p) => p.id),
      [catalog.products.shirt],
    )
    assert.deepEqual(body.deleted, { ids: [victim.body.product.id], object: "product", deleted: true })
  })

  test("one unknown id and nothing of the batch is written", async () => {
    const before = await productCount()
    const { status, body } = await api.post<ErrorBody>("/admin/products/batch", {
      create: [lamp("LAMP-B3")],
      update: [{ id: catalog.products.mug, title: "Renamed" }],
      delete: ["prod_missing"],
    })
    assert.equal(status, 404)
    assert.equal(body.message, "Product with id: prod_missing was not found")
    assert.equal(await productCount(), before)
    const mug = await api.get<{ product: AdminProduct }>(`/admin/products/${catalog.products.mug}`)
    assert.equal(mug.body.product.title, "Coffee Mug")
  })

  test("the batch body is validated on its own schema, not the update schema of /admin/products/:id", async () => {
    const { status, body } = await api.post<ErrorBody>("/admin/products/batch", { title: "X" })
    assert.equal(status, 400)
    assert.match(body.message, /unknown field 'title'/)
  })
})
