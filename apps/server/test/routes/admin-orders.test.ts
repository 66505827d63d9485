import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { seedCatalog, type Catalog } from "./support/catalog-fixture.js"
import { startRouteApp, type ErrorBody, type RouteApp } from "./support/route-app.js"

interface OrderList {
  orders: { id: string; status: string; customer_id: string; total: number; customer?: { email: string } }[]
  count: number
}

let api: RouteApp
let catalog: Catalog
before(async () => {
  api = await startRouteApp()
  catalog = await seedCatalog(api.app)
  // Ada's completed order is from March 2024, Grace's pending one from today.
  await api.app.manager.query("update orders set created_at = $1 where id = $2", [
    new Date("2024-03-15T10:00:00Z"),
    catalog.orders.adaCompleted,
  ])
})
after(() => api?.close())

const ids = (body: OrderList) => body.orders.map((order) => order.id)

describe("GET /admin/orders", () => {
  test("lists orders newest first in one statement", async () => {
    const { status, body, statements } = await api.get<OrderList>("/admin/orders")
    assert.equal(status, 200)
    assert.equal(statements, 1)
    assert.deepEqual(ids(body), [catalog.orders.gracePending, catalog.orders.adaCompleted])
    assert.equal(body.count, 2)
  })

  test("filters by status, customer and creation date range", async () => {
    const completed = await api.get<OrderList>("/admin/orders?status=completed")
    assert.deepEqual(ids(completed.body), [catalog.orders.adaCompleted])
    const several = await api.get<OrderList>("/admin/orders?status=completed&status=pending")
    assert.equal(several.body.count, 2)
    const grace = await api.get<OrderList>(`/admin/orders?customer_id=${catalog.customers.grace}`)
    assert.deepEqual(ids(grace.body), [catalog.orders.gracePending])
    const march = await api.get<OrderList>("/admin/orders?created_at[$gte]=2024-03-01&created_at[$lt]=2024-04-01")
    assert.deepEqual(ids(march.body), [catalog.orders.adaCompleted])
    const since = await api.get<OrderList>("/admin/orders?created_at[$gt]=2024-04-01T00:00:00Z")
    assert.deepEqual(ids(since.body), [catalog.orders.gracePending])
  })

  test("adds the customer through the read-only link on request", async () => {
    const { body } = await api.get<OrderList>("/admin/orders?status=completed&fields=id,customer.email")
    assert.equal(body.orders[0]?.customer?.email, "ada@example.com")
  })

  test("bad filters are 400s naming the parameter", async () => {
    const cases: [string, RegExp][] = [
      ["/admin/orders?status=shipped", /query parameter 'status'/],
      ["/admin/orders?created_at[$gte]=last-week", /query parameter 'created_at\[\$gte\]': must be an ISO 8601 date/],
      ["/admin/orders?created_at[$like]=2024", /unknown query parameter 'created_at\[\$like\]'/],
      ["/admin/orders?total=5", /unknown query parameter 'total'/],
    ]
    for (const [path, message] of cases) {
      const { status, body } = await api.get<ErrorBody>(path)
      assert.equal(status, 400, path)
      assert.match(body.message, message, path)
    }
  })

  test("GET /admin/orders/:id answers the full details", async () => {
    const { status, body } = await api.get<{ order: { items: { product: { title: string } }[] } }>(
      `/admin/orders/${catalog.orders.gracePending}`,
    )
    assert.equal(status, 200)
    assert.equal(body.order.items[0]?.product.title, "Blue Shirt")
  })
})

interface Analytics {
  start: string
  end: string
  statistics: { total_orders: number; total_revenue: number | null; unique_customers: number }
  top_products: { id: string; total_sold: number }[]
  sales_per_month: { month: string; currency_code: string; orders: number; revenue: number }[]
}

describe("GET /admin/analytics", () => {
  test("order statistics and monthly sales for a range, top products", async () => {
    const { status, body } = await api.get<Analytics>("/admin/analytics?start=2024-01-01&end=2024-12-31&top=5")
    assert.equal(status, 200)
    assert.equal(body.start, "2024-01-01T00:00:00.000Z")
    assert.equal(body.statistics.total_orders, 1)
    assert.equal(body.statistics.total_revenue, 1800)
    assert.equal(body.statistics.unique_customers, 1)
    assert.deepEqual(body.sales_per_month, [
      { month: "2024-03", currency_code: "usd", orders: 1, units_sold: 2, revenue: 1800 },
    ])
    assert.deepEqual(
      body.top_products.map((p) => [p.id, p.total_sold]),
      [[catalog.products.mug, 2]],
    )
  })

  test("a range without completed orders is empty", async () => {
    const { body } = await api.get<Analytics>("/admin/analytics?start=2020-01-01&end=2020-12-31")
    assert.equal(body.statistics.total_orders, 0)
    assert.deepEqual(body.sales_per_month, [])
  })

  test("a reversed or malformed range is a 400", async () => {
    const reversed = await api.get<ErrorBody>("/admin/analytics?start=2024-12-31&end=2024-01-01")
    assert.equal(reversed.status, 400)
    assert.match(reversed.body.message, /query parameter 'start': must not be after end/)
    const malformed = await api.get<ErrorBody>("/admin/analytics?start=yesterday")
    assert.equal(malformed.status, 400)
    assert.match(malformed.body.message, /query parameter 'start': must be an ISO 8601 date/)
    const top = await api.get<ErrorBody>("/admin/analytics?top=1000")
    assert.equal(top.status, 400)
    assert.match(top.body.message, /query parameter 'top': must be at most 100/)
  })
})
