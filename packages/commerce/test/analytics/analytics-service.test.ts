import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { createTestApp, type TestApp } from "@stratum/framework/testing"
import AnalyticsModule, { type AnalyticsModuleService } from "../../src/analytics/index.js"
import OrderModule, { type OrderModuleService } from "../../src/order/index.js"

describe("analytics module", () => {
  let app: TestApp
  let analytics: AnalyticsModuleService
  let orders: OrderModuleService

  const place = async (
    customer: string,
    status: "completed" | "pending" | "canceled",
    createdAt: string,
    items: [product: string, quantity: number, unitPrice: number][],
    currency = "usd",
  ) => {
    const order = await orders.createOrders({
      customer_id: customer,
      currency_code: currency,
      status,
      items: items.map(([product_id, quantity, unit_price]) => ({
        product_id,
        variant_id: `${product_id}_v`,
        quantity,
        unit_price,
      })),
    })
    await app.manager.query("update orders set created_at = $2 where id = $1", [order.id, new Date(createdAt)])
    return order
  }

  before(async () => {
    app = await createTestApp({ modules: [OrderModule, AnalyticsModule] })
    analytics = app.container.resolve<AnalyticsModuleService>("analytics")
    orders = app.container.resolve<OrderModuleService>("order")
    // The product module owns `products`; a minimal stand-in keeps this test independent of it.
    await app.manager.query("create table products (id text primary key, title text not null)")
    await app.manager.query("insert into products values ('prod_tee', 'Tee'), ('prod_mug', 'Mug'), ('prod_cap', 'Cap')")
    await place("cus_1", "completed", "2024-01-05T10:00:00Z", [
      ["prod_tee", 2, 1500],
      ["prod_mug", 1, 800],
    ])
    await place("cus_2", "completed", "2024-01-20T10:00:00Z", [["prod_tee", 1, 1500]])
    await place("cus_1", "completed", "2024-02-11T10:00:00Z", [["prod_cap", 5, 1000]])
    await place("cus_3", "pending", "2024-02-12T10:00:00Z", [["prod_mug", 50, 800]])
    await place("cus_4", "canceled", "2024-02-13T10:00:00Z", [["prod_cap", 50, 1000]])
    await place("cus_5", "completed", "2024-03-01T10:00:00Z", [["prod_mug", 3, 900]], "eur")
  })
  after(() => app?.close())

  test("getOrderStatistics: the guide's query over completed orders in the range, numbers as numbers", async () => {
    const stats = await analytics.getOrderStatistics({
      start: new Date("2024-01-01T00:00:00Z"),
      end: new Date("2024-02-28T23:59:59Z"),
    })
    assert.deepEqual(stats, {
      total_orders: 3,
      total_revenue: 3800 + 1500 + 5000,
      average_order_value: 10300 / 3,
      unique_customers: 2,
    })
    assert.equal(typeof stats?.average_order_value, "number")
  })

  test("getOrderStatistics over an empty range: zero counts, null sums (SQL's SUM/AVG of nothing)", async () => {
    const stats = await analytics.getOrderStatistics({ start: new Date("2020-01-01"), end: new Date("2020-12-31") })
    assert.deepEqual(stats, { total_orders: 0, total_revenue: null, average_order_value: null, unique_customers: 0 })
  })

  test("getTopProducts: units sold in completed orders, best first, limited", async () => {
    assert.deepEqual(await analytics.getTopProducts(), [
      { id: "prod_cap", title: "Cap", total_sold: 5, total_revenue: 5000 },
      { id: "prod_mug", title: "Mug", total_sold: 4, total_revenue: 3500 },
      { id: "prod_tee", title: "Tee", total_sold: 3, total_revenue: 4500 },
    ])
    assert.deepEqual(
      (await analytics.getTopProducts(1)).map((row) => row.id),
      ["prod_cap"],
    )
  })

  test("getSalesPerMonth: completed orders per month and currency", async () => {
    assert.deepEqual(await analytics.getSalesPerMonth(), [
      { month: "2024-01", currency_code: "usd", orders: 2, units_sold: 4, revenue: 5300 },
      { month: "2024-02", currency_code: "usd", orders: 1, units_sold: 5, revenue: 5000 },
      { month: "2024-03", currency_code: "eur", orders: 1, units_sold: 3, revenue: 2700 },
    ])
    assert.deepEqual(
      (await analytics.getSalesPerMonth({ start: new Date("2024-02-01T00:00:00Z") })).map((row) => row.month),
      ["2024-02", "2024-03"],
    )
  })
})
