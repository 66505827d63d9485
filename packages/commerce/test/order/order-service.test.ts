import assert from "node:assert/strict"
import { after, before, beforeEach, describe, test } from "node:test"
import { createTestApp, type TestApp } from "@stratum/framework/testing"
import OrderModule, { type OrderModuleOptions, type OrderModuleService } from "../../src/order/index.js"
import { orderTableCounts, rejection, statementVerbs } from "./support.js"

const VARIANTS = new Set(["variant_a", "variant_b", "variant_c"])
const REGIONS = new Map([
  ["reg_us", "usd"],
  ["reg_eu", "EUR"],
])

const options: OrderModuleOptions = {
  variantExists: async (id) => VARIANTS.has(id),
  regionCurrency: (id) => REGIONS.get(id),
}

describe("order module", () => {
  let app: TestApp
  let orders: OrderModuleService
  before(async () => {
    app = await createTestApp({ modules: [{ resolve: OrderModule, options: { ...options } }] })
    orders = app.container.resolve<OrderModuleService>("order")
  })
  after(() => app?.close())
  beforeEach(async () => {
    await app.manager.query("delete from order_items; delete from orders; delete from order_addresses")
  })

  const guideOrder = (items: { variant_id?: string; quantity: number; unit_price?: number }[], overrides = {}) => ({
    customer_id: "cus_1",
    currency_code: "usd",
    region_id: "reg_us",
    items: items.map((item, i) => ({
      product_id: `prod_${i}`,
      variant_id: item.variant_id ?? "variant_a",
      quantity: item.quantity,
      unit_price: item.unit_price ?? 1000,
    })),
    ...overrides,
  })

  test("tables are orders, order_items and order_addresses", async () => {
    const rows = await app.manager.query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = 'public' and table_name like 'order%' order by 1",
    )
    assert.deepEqual(
      rows.map((row) => row.name),
      ["order_addresses", "order_items", "orders"],
    )
  })

  test("createOrderWithItems writes the order and its items in one transaction; totals come from the items", async () => {
    let result: Awaited<ReturnType<OrderModuleService["createOrderWithItems"]>> | undefined
    const verbs = await statementVerbs(app, async () => {
      result = await orders.createOrderWithItems(
        guideOrder([
          { quantity: 1, unit_price: 1999 },
          { quantity: 2, unit_price: 500, variant_id: "variant_b" },
          { quantity: 3, unit_price: 250, variant_id: "variant_c" },
        ]),
      )
    })
    assert.ok(result)
    assert.equal(verbs.filter((verb) => verb === "begin").length, 1, "one transaction")
    assert.equal(verbs[0], "begin")
    assert.equal(verbs.at(-1), "commit")
    assert.equal(result.items.length, 3)
    assert.ok(result.items.every((item) => item.order_id === result?.order.id))
    const stored = await orders.retrieveOrder(result.order.id, { relations: ["items"] })
    assert.equal(stored.status, "pending")
    assert.equal(stored.subtotal, 1999 + 1000 + 750)
    assert.equal(stored.total, 3749)
    assert.equal(stored.items?.length, 3)
  })

  test("a non-positive quantity anywhere undoes the whole order: invalid_data, nothing written", async () => {
    for (const quantity of [0, -2, 1.5]) {
      const error = await rejection(orders.createOrderWithItems(guideOrder([{ quantity: 1 }, { quantity }])))
      assert.equal(error.type, "invalid_data")
      assert.match(error.message, /OrderItem\.quantity: expected a positive integer/)
    }
    assert.deepEqual(await orderTableCounts(app), { orders: 0, order_items: 0, order_addresses: 0 })
  })

  test("an unknown variant is invalid_data naming it; nothing written", async () => {
    const error = await rejection(
      orders.createOrderWithItems(guideOrder([{ quantity: 1 }, { quantity: 1, variant_id: "variant_zzz" }])),
    )
    assert.equal(error.type, "invalid_data")
    assert.equal(error.message, "Unknown variant: variant_zzz")
    assert.deepEqual(await orderTableCounts(app), { orders: 0, order_items: 0, order_addresses: 0 })
  })

  test("a currency that does not match the region, or an unknown region, is invalid_data; nothing written", async () => {
    const mismatch = await rejection(
      orders.createOrderWithItems(guideOrder([{ quantity: 1 }], { currency_code: "eur", region_id: "reg_us" })),
    )
    assert.equal(mismatch.type, "invalid_data")
    assert.equal(mismatch.message, "Currency eur does not match region reg_us, which uses usd")
    const unknown = await rejection(orders.createOrderWithItems(guideOrder([{ quantity: 1 }], { region_id: "reg_xx" })))
    assert.equal(unknown.message, "Unknown region reg_xx")
    const badCode = await rejection(
      orders.createOrderWithItems(guideOrder([{ quantity: 1 }], { currency_code: "dollars" })),
    )
    assert.match(badCode.message, /currency_code/)
    assert.deepEqual(await orderTableCounts(app), { orders: 0, order_items: 0, order_addresses: 0 })
    const ok = await orders.createOrderWithItems(
      guideOrder([{ quantity: 1 }], { currency_code: "EUR", region_id: "reg_eu" }),
    )
    assert.equal(ok.order.currency_code, "eur")
  })

  test("createOrders takes items and addresses in one call and returns the computed totals", async () => {
    const order = await orders.createOrders({
      customer_id: "cus_2",
      email: "ada@example.com",
      currency_code: "usd",
      region_id: "reg_us",
      shipping_total: 500,
      shipping_address: { first_name: "Ada", address_1: "1 Main St", city: "Springfield", country_code: "us" },
      billing_address: { first_name: "Ada", address_1: "2 Side St", city: "Springfield", country_code: "us" },
      items: [
        { product_id: "prod_1", variant_id: "variant_a", title: "Shirt", quantity: 2, unit_price: 1500 },
        { product_id: "prod_2", variant_id: "variant_b", title: "Hat", quantity: 1, unit_price: 700 },
      ],
    })
    assert.equal(order.subtotal, 3700)
    assert.equal(order.total, 4200)
    const full = await orders.retrieveOrder(order.id, { relations: ["items", "shipping_address", "billing_address"] })
    assert.equal(full.shipping_address?.address_1, "1 Main St")
    assert.equal(full.billing_address?.address_1, "2 Side St")
    assert.deepEqual(full.items?.map((item) => item.title).sort(), ["Hat", "Shirt"])
    const badNested = await rejection(
      orders.createOrders({ currency_code: "usd", items: [{ variant_id: "variant_a", quantity: 0, unit_price: 1 }] }),
    )
    assert.equal(badNested.type, "invalid_data")
  })

  test("totals follow every change of the items and of shipping_total; they cannot be written directly", async () => {
    const { order, items } = await orders.createOrderWithItems(
      guideOrder([
        { quantity: 1, unit_price: 1000 },
        { quantity: 1, unit_price: 2000 },
      ]),
    )
    const total = async () => (await orders.retrieveOrder(order.id)).total
    assert.equal(await total(), 3000)
    await orders.updateOrderItems(items[0]!.id, { quantity: 3 })
    assert.equal(await total(), 5000)
    await orders.softDeleteOrderItems(items[1]!.id)
    assert.equal(await total(), 3000)
    await orders.restoreOrderItems(items[1]!.id)
    assert.equal(await total(), 5000)
    await orders.createOrderItems({ order_id: order.id, variant_id: "variant_c", quantity: 2, unit_price: 50 })
    assert.equal(await total(), 5100)
    await orders.deleteOrderItems(items[0]!.id)
    assert.equal(await total(), 2100)
    const shipped = await orders.updateOrders(order.id, { shipping_total: 400 })
    assert.equal(shipped.total, 2500)
    await orders.updateOrderItems({ selector: { order_id: order.id }, data: { unit_price: 10 } })
    assert.equal(await total(), 430)
    const direct = await rejection(orders.updateOrders(order.id, { total: 1 }))
    assert.equal(direct.type, "invalid_data")
    assert.match(direct.message, /computed/)
    assert.equal((await rejection(orders.updateOrderItems(items[1]!.id, { unit_price: -1 }))).type, "invalid_data")
    assert.equal(
      (await rejection(orders.updateOrderItems(items[1]!.id, { variant_id: "variant_nope" }))).message,
      "Unknown variant: variant_nope",
    )
  })

  test("changing an order's region or currency is checked against the region", async () => {
    const { order } = await orders.createOrderWithItems(guideOrder([{ quantity: 1 }]))
    const error = await rejection(orders.updateOrders(order.id, { region_id: "reg_eu" }))
    assert.equal(error.message, "Currency usd does not match region reg_eu, which uses eur")
    const moved = await orders.updateOrders(order.id, { region_id: "reg_eu", currency_code: "eur" })
    assert.equal(moved.currency_code, "eur")
  })

  test("completeOrder and cancelOrder move pending orders only, even when racing", async () => {
    const { order } = await orders.createOrderWithItems(guideOrder([{ quantity: 1 }]))
    const outcomes = await Promise.allSettled([
      orders.completeOrder(order.id),
      orders.cancelOrder(order.id),
      orders.completeOrder(order.id),
      orders.cancelOrder(order.id),
    ])
    assert.equal(outcomes.filter((o) => o.status === "fulfilled").length, 1)
    const refused = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason as { type: string }] : []))
    assert.ok(refused.every((e) => e.type === "not_allowed"))
    const final = await orders.retrieveOrder(order.id)
    assert.ok(final.status === "completed" || final.status === "canceled")
    assert.equal((await rejection(orders.completeOrder("order_missing"))).type, "not_found")
  })

  test("soft-deleting an order takes its items with it", async () => {
    const { order } = await orders.createOrderWithItems(guideOrder([{ quantity: 1 }, { quantity: 2 }]))
    const deleted = await orders.softDeleteOrders(order.id)
    assert.equal(deleted.order_item_id?.length, 2)
    assert.equal(await orders.listOrderItems({ order_id: order.id }, { count: true }), 0)
    await orders.restoreOrders(order.id)
    assert.equal(await orders.listOrderItems({ order_id: order.id }, { count: true }), 2)
  })
})

describe("order module without options", () => {
  let app: TestApp
  let orders: OrderModuleService
  before(async () => {
    app = await createTestApp({ modules: [OrderModule] })
    orders = app.container.resolve<OrderModuleService>("order")
  })
  after(() => app?.close())

  test("accepts any variant and region (checks are the caller's), still validates quantities and prices", async () => {
    const { order } = await orders.createOrderWithItems({
      customer_id: "cus_1",
      currency_code: "usd",
      region_id: "reg_anything",
      items: [{ product_id: "p", variant_id: "variant_unchecked", quantity: 2, unit_price: 300 }],
    })
    assert.equal((await orders.retrieveOrder(order.id)).total, 600)
    const error = await rejection(orders.createOrderItems({ order_id: order.id, quantity: 1, unit_price: 0.5 }))
    assert.equal(error.type, "invalid_data")
  })

  test("a module option that is not a function fails at start-up with a clear message", async () => {
    await assert.rejects(
      createTestApp({ modules: [{ resolve: OrderModule, options: { variantExists: true } }] }),
      /variantExists must be a function/,
    )
  })
})
