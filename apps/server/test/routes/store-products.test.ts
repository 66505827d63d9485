import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { seedCatalog, type Catalog } from "./support/catalog-fixture.js"
import { startRouteApp, type ErrorBody, type RouteApp } from "./support/route-app.js"

interface Variant {
  id: string
  sku: string
  calculated_price?: { calculated_amount: number; currency_code: string }
}
interface Product {
  id: string
  title: string
  variants: Variant[]
  categories: { id: string }[]
}
interface ProductList {
  products: Product[]
  count: number
  offset: number
  limit: number
}

let api: RouteApp
let catalog: Catalog
before(async () => {
  api = await startRouteApp()
  catalog = await seedCatalog(api.app)
})
after(() => api?.close())

const titles = (body: ProductList) => body.products.map((product) => product.title).sort()
const prices = (product: Product | undefined) =>
  Object.fromEntries((product?.variants ?? []).map((v) => [v.sku, v.calculated_price?.calculated_amount]))

describe("GET /store/products", () => {
  test("lists published products only, in Medusa's list shape", async () => {
    const { status, body } = await api.get<ProductList>("/store/products")
    assert.equal(status, 200)
    assert.deepEqual(titles(body), ["Blue Shirt", "Coffee Mug"])
    assert.equal(body.count, 2)
    assert.equal(body.offset, 0)
    assert.equal(body.limit, 20)
  })

  test("without a region or currency the variants carry no price", async () => {
    const { body } = await api.get<ProductList>("/store/products")
    for (const product of body.products) {
      for (const variant of product.variants) assert.equal(variant.calculated_price, undefined)
    }
  })

  test("prices every variant for currency_code in one SQL statement", async () => {
    const { status, body, statements } = await api.get<ProductList>("/store/products?currency_code=usd")
    assert.equal(status, 200)
    assert.equal(statements, 1)
    const shirt = body.products.find((p) => p.id === catalog.products.shirt)
    assert.deepEqual(prices(shirt), { "SHIRT-S": 2000, "SHIRT-M": 2100 })
    assert.equal(shirt?.variants[0]?.calculated_price?.currency_code, "usd")
  })

  test("region_id gives the region's currency and its region prices, in two statements", async () => {
    const { body, statements } = await api.get<ProductList>(`/store/products?region_id=${catalog.regions.eu}`)
    assert.equal(statements, 2)
    const mug = body.products.find((p) => p.id === catalog.products.mug)
    assert.deepEqual(prices(mug), { MUG: 750 })
  })

  test("reads the guide's region_id and currency_code headers, the query string winning", async () => {
    const fromHeader = await api.get<ProductList>("/store/products", { headers: { currency_code: "EUR" } })
    assert.deepEqual(prices(fromHeader.body.products.find((p) => p.id === catalog.products.mug)), { MUG: 800 })
    const fromRegionHeader = await api.get<ProductList>("/store/products", {
      headers: { region_id: catalog.regions.eu },
    })
    assert.deepEqual(prices(fromRegionHeader.body.products.find((p) => p.id === catalog.products.mug)), { MUG: 750 })
    const both = await api.get<ProductList>("/store/products?currency_code=usd", { headers: { currency_code: "eur" } })
    assert.deepEqual(prices(both.body.products.find((p) => p.id === catalog.products.mug)), { MUG: 900 })
  })

  test("filters by category, search text and price range", async () => {
    const byCategory = await api.get<ProductList>(`/store/products?category_id=${catalog.categories.mugs}`)
    assert.deepEqual(titles(byCategory.body), ["Coffee Mug"])
    const byText = await api.get<ProductList>("/store/products?q=cotton")
    assert.deepEqual(titles(byText.body), ["Blue Shirt"])
    const cheap = await api.get<ProductList>("/store/products?currency_code=usd&max_price=1000")
    assert.deepEqual(titles(cheap.body), ["Coffee Mug"])
    const dear = await api.get<ProductList>("/store/products?currency_code=usd&min_price=2050&max_price=5000")
    assert.deepEqual(titles(dear.body), ["Blue Shirt"])
    assert.equal(dear.statements, 1)
  })

  test("pages with limit, offset and order", async () => {
    const { body } = await api.get<ProductList>("/store/products?limit=1&offset=1&order=title")
    assert.deepEqual(
      body.products.map((p) => p.title),
      ["Coffee Mug"],
    )
    assert.deepEqual([body.count, body.offset, body.limit], [2, 1, 1])
  })

  test("fields narrows the selection", async () => {
    const { body } = await api.get<ProductList>("/store/products?fields=id,title&order=title")
    assert.deepEqual(Object.keys(body.products[0] ?? {}).sort(), ["id", "title"])
  })

  test("bad input is a 400 naming the parameter", async () => {
    const cases: [string, RegExp, Record<string, string>?][] = [
      ["/store/products?limit=1000", /query parameter 'limit': must be at most 100/],
      ["/store/products?colour=blue", /unknown query parameter 'colour'/],
      ["/store/products?currency_code=dollars", /query parameter 'currency_code': must be a three-letter/],
      ["/store/products", /header 'currency_code': must be a three-letter/, { currency_code: "12" }],
      ["/store/products?region_id=reg_missing", /query parameter 'region_id': no region with id reg_missing/],
      [`/store/products?region_id=${catalog.regions.us}&currency_code=eur`, /'currency_code': eur does not match/],
      ["/store/products?min_price=100", /query parameter 'min_price': needs currency_code or region_id/],
      ["/store/products?currency_code=usd&min_price=500&max_price=100", /'min_price': must not be greater/],
      ["/store/products?min_price=-1&currency_code=usd", /query parameter 'min_price': must not be negative/],
      ["/store/products?fields=title,external_id", /query parameter 'fields': 'external_id' is not an allowed field/],
      ["/store/products?order=-external_id", /query parameter 'order'/],
      ["/store/products?with_deleted=true", /unknown query parameter 'with_deleted'/],
    ]
    for (const [path, message, headers] of cases) {
      const { status, body } = await api.get<ErrorBody>(path, { headers })
      assert.equal(status, 400, path)
      assert.equal(body.type, "invalid_data", path)
      assert.match(body.message, message, path)
    }
  })
})

describe("GET /store/products/:id", () => {
  test("answers one published product with its prices", async () => {
    const { status, body } = await api.get<{ product: Product }>(
      `/store/products/${catalog.products.shirt}?currency_code=eur`,
    )
    assert.equal(status, 200)
    assert.equal(body.product.title, "Blue Shirt")
    assert.deepEqual(prices(body.product), { "SHIRT-S": 1800, "SHIRT-M": 1900 })
    assert.deepEqual(
      body.product.categories.map((c) => c.id),
      [catalog.categories.shirts],
    )
  })

  test("a draft or unknown product is a 404", async () => {
    for (const id of [catalog.products.poster, "prod_missing"]) {
      const { status, body } = await api.get<ErrorBody>(`/store/products/${id}`)
      assert.equal(status, 404)
      assert.equal(body.message, `Product with id: ${id} was not found`)
    }
  })
})
