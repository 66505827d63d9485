import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { seedCatalog, type Catalog } from "./support/catalog-fixture.js"
import { startRouteApp, type ErrorBody, type RouteApp } from "./support/route-app.js"

interface OrderItem {
  variant_id: string
  product_id: string
  quantity: number
  unit_price: number
  product: { title: string }
  variant: { sku: string; calculated_price?: { calculated_amount: number } }
}
interface Order {
  id: string
  status: string
  currency_code: string
  region_id: string
  total: number
  customer: { email: string }
  items: OrderItem[]
}

let api: RouteApp
let catalog: Catalog
before(async () => {
  api = await startRouteApp()
  catalog = await seedCatalog(api.app)
})
after(() => api?.close())

async function rowCounts(): Promise<{ orders: number; items: number }> {
  const [row] = await api.app.manager.query<{ orders: number; items: number }>(
    "select (select count(*)::int from orders) as orders, (select count(*)::int from order_items) as items",
  )
  return row ?? { orders: -1, items: -1 }
}

describe("POST /store/orders", () => {
  test("places an order at the variants' region prices and answers it with its details", async () => {
    const { status, body } = await api.post<{ order: Order }>("/store/orders", {
      customer_id: catalog.customers.ada,
      region_id: catalog.regions.eu,
      currency_code: "EUR",
      items: [
        { variant_id: catalog.variants.mug, quantity: 2 },
        { variant_id: catalog.variants.shirtM, quantity: 1 },
      ],
    })
    assert.equal(status, 200)
    const { order } = body
    assert.equal(order.status, "pending")
    assert.equal(order.currency_code, "eur")
    assert.equal(order.customer.email, "ada@example.com")
    const lines = order.items.map((i) => [i.variant.sku, i.quantity, i.unit_price, i.product.title]).sort()
    assert.deepEqual(lines, [
      ["MUG", 2, 750, "Coffee Mug"],
      ["SHIRT-M", 1, 1900, "Blue Shirt"],
    ])
    assert.equal(order.total, 2 * 750 + 1900)
  })

  test("bad input is a 400 naming the field, and nothing is written", async () => {
    const valid = {
      customer_id: catalog.customers.grace,
      region_id: catalog.regions.us,
      currency_code: "usd",
      items: [{ variant_id: catalog.variants.mug, quantity: 1 }],
    }
    const line = (variant_id: string, quantity: unknown) => ({
      ...valid,
      items: [valid.items[0], { variant_id, quantity }],
    })
    const cases: [unknown, RegExp][] = [
      [line("variant_missing", 1), /field 'items\[1\]\.variant_id': no variant variant_missing is for sale/],
      [line(catalog.variants.poster, 1), /field 'items\[1\]\.variant_id': no variant .* is for sale/],
      [line(catalog.variants.shirtS, 0), /field 'items\[1\]\.quantity': must be a positive integer/],
      [line(catalog.variants.shirtS, -3), /field 'items\[1\]\.quantity': must be a positive integer/],
      [line(catalog.variants.shirtS, 1.5), /field 'items\[1\]\.quantity': must be a positive integer/],
      [{ ...valid, currency_code: "eur" }, /field 'currency_code': eur does not match region .*, which uses usd/],
      [{ ...valid, region_id: "reg_missing" }, /field 'region_id': no region with id reg_missing/],
      [{ ...valid, customer_id: "cus_missing" }, /field 'customer_id': no customer with id cus_missing/],
      [{ ...valid, items: [] }, /field 'items': must list at least one item/],
      [{ ...valid, items: [{ variant_id: catalog.variants.mug, quantity: 1, unit_price: 1 }] }, /unknown field/],
      [{ ...valid, total: 0 }, /unknown field 'total'/],
    ]
    const before = await rowCounts()
    for (const [body, message] of cases) {
      const reply = await api.post<ErrorBody>("/store/orders", body)
      assert.equal(reply.status, 400, JSON.stringify(body))
      assert.equal(reply.body.type, "invalid_data")
      assert.match(reply.body.message, message)
    }
    assert.deepEqual(await rowCounts(), before)
  })
})

describe("GET /store/orders/:id", () => {
  test("the guide's getOrderWithFullDetails: customer, items with product and variant, in one statement", async () => {
    const { status, body, statements } = await api.get<{ order: Order & { shipping_address: unknown } }>(
      `/store/orders/${catalog.orders.adaCompleted}`,
    )
    assert.equal(status, 200)
    assert.equal(statements, 1)
    assert.equal(body.order.status, "completed")
    assert.equal(body.order.customer.email, "ada@example.com")
    assert.equal(body.order.items[0]?.product.title, "Coffee Mug")
    assert.equal(body.order.items[0]?.variant.sku, "MUG")
    assert.equal(body.order.items[0]?.variant.calculated_price, undefined)
    assert.equal(body.order.shipping_address, null)
  })

  test("with the guide's pricing headers each variant carries its current price", async () => {
    const { body } = await api.get<{ order: Order }>(`/store/orders/${catalog.orders.adaCompleted}`, {
      headers: { region_id: catalog.regions.eu, currency_code: "eur" },
    })
    assert.equal(body.order.items[0]?.variant.calculated_price?.calculated_amount, 750)
    const viaQuery = await api.get<{ order: Order }>(`/store/orders/${catalog.orders.adaCompleted}?currency_code=usd`)
    assert.equal(viaQuery.body.order.items[0]?.variant.calculated_price?.calculated_amount, 900)
  })

  test("an unknown order is a 404 and an unknown parameter a 400", async () => {
    const missing = await api.get<ErrorBody>("/store/orders/order_missing")
    assert.equal(missing.status, 404)
    assert.equal(missing.body.message, "Order with id: order_missing was not found")
    const extra = await api.get<ErrorBody>(`/store/orders/${catalog.orders.adaCompleted}?fields=id`)
    assert.equal(extra.status, 400)
  })
})
