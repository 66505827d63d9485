import type { Manager } from "@stratum/framework"
import { insertColumns, integer, text, timestamp } from "../bulk-insert.js"
import { createRandom, type Random } from "../random.js"
import { SEED_COUNTS } from "../seed-counts.js"
import { seedId } from "../seed-ids.js"
import type { SeedAddress, SeedCustomer } from "./customers.js"
import type { SeedProduct } from "./products.js"

/** A line of a seeded order; `unit_price` is the variant's regular price in the order's currency. */
export interface SeedOrderItem {
  id: string
  product_id: string
  variant_id: string
  title: string
  quantity: number
  unit_price: number
}

/** A seeded order: totals in minor units, `total = subtotal + shipping_total`. */
export interface SeedOrder {
  id: string
  customer: SeedCustomer
  status: "completed" | "pending" | "canceled" | "archived" | "requires_action"
  created_at: Date
  address: SeedAddress
  items: SeedOrderItem[]
  subtotal: number
  shipping_total: number
}

const DAY = 86_400_000
/** Free shipping from this subtotal; below it, the flat rate (minor units). */
const SHIPPING = { usd: { free: 10_000, rate: 799 }, eur: { free: 9_000, rate: 699 } } as const

function statusFor(ageDays: number, r: Random): SeedOrder["status"] {
  if (ageDays < 3) return r.weighted({ pending: 60, completed: 30, requires_action: 10 })
  if (ageDays < 30) return r.weighted({ completed: 75, pending: 15, canceled: 6, requires_action: 4 })
  return r.weighted({ completed: 91, canceled: 5, archived: 4 })
}

/** Order ages in ms, oldest first: half spread evenly, half leaning towards recent months (growth). */
function orderAges(r: Random): number[] {
  const span = SEED_COUNTS.orderMonths * 30.4 * DAY
  const ages = Array.from({ length: SEED_COUNTS.orders }, () =>
    Math.floor(r.chance(0.5) ? span * r.next() : span * (1 - Math.sqrt(r.next()))),
  )
  return ages.sort((a, b) => b - a)
}

function itemsFor(products: readonly SeedProduct[], currency: "usd" | "eur", r: Random, next: () => string) {
  const count = Number(r.weighted({ 1: 45, 2: 30, 3: 15, 4: 10 }))
  const items: SeedOrderItem[] = []
  const seen = new Set<string>()
  while (items.length < count) {
    const product = products[Math.floor(products.length * r.next() ** 1.5)] as SeedProduct
    const variant = r.pick(product.variants)
    if (seen.has(variant.id)) continue
    seen.add(variant.id)
    items.push({
      id: next(),
      product_id: product.id,
      variant_id: variant.id,
      title: `${product.title} / ${variant.title}`,
      quantity: Number(r.weighted({ 1: 75, 2: 18, 3: 7 })),
      unit_price: variant.prices[currency],
    })
  }
  return items
}

/**
 * `SEED_COUNTS.orders` orders over the last `SEED_COUNTS.orderMonths` months (more in recent months), by
 * customers of both regions in their region's currency, with 1–4 published variants each. Older orders
 * are mostly completed, recent ones partly pending. Ids follow creation time. Also moves each
 * customer's `created_at` to shortly before their first order.
 *
 * @example
 * planOrders(products, customers, now).filter((order) => order.status === "completed").length // about 9000
 */
export function planOrders(products: readonly SeedProduct[], customers: SeedCustomer[], now: Date): SeedOrder[] {
  const r = createRandom("orders")
  const published = products.filter((product) => product.status === "published")
  let itemOrdinal = 0
  const orders = orderAges(r).map((age, i): SeedOrder => {
    const customer = customers[Math.floor(customers.length * r.next() ** 1.6)] as SeedCustomer
    const currency = customer.region.currency_code
    const items = itemsFor(published, currency, r, () => seedId("ordli", itemOrdinal++))
    const subtotal = items.reduce((sum, item) => sum + item.quantity * item.unit_price, 0)
    const shipping = SHIPPING[currency]
    return {
      id: seedId("order", i),
      customer,
      status: statusFor(age / DAY, r),
      created_at: new Date(Math.floor((now.getTime() - age) / 1000) * 1000),
      address: r.pick(customer.addresses),
      items,
      subtotal,
      shipping_total: subtotal >= shipping.free ? 0 : shipping.rate,
    }
  })
  const firstOrder = new Map<SeedCustomer, number>()
  for (const order of orders)
    if (!firstOrder.has(order.customer)) firstOrder.set(order.customer, order.created_at.getTime())
  for (const [customer, first] of firstOrder) customer.created_at = new Date(first - r.int(1, 60) * DAY)
  return orders
}

/**
 * Inserts the orders with their shipping and billing address snapshots and their items
 * (`order_addresses`, `orders`, `order_items`).
 *
 * @example
 * await insertOrders(manager, orders) // 20000 addresses + 10000 orders + about 19000 items
 */
export async function insertOrders(manager: Manager, orders: readonly SeedOrder[]): Promise<number> {
  const addresses = orders.flatMap((order, i) =>
    [0, 1].map((k) => ({ ...order.address, id: seedId("ordaddr", i * 2 + k), created_at: order.created_at })),
  )
  let inserted = await insertColumns(manager, "order_addresses", {
    id: text(addresses.map((a) => a.id)),
    first_name: text(addresses.map((a) => a.first_name)),
    last_name: text(addresses.map((a) => a.last_name)),
    address_1: text(addresses.map((a) => a.address_1)),
    city: text(addresses.map((a) => a.city)),
    postal_code: text(addresses.map((a) => a.postal_code)),
    country_code: text(addresses.map((a) => a.country_code)),
    phone: text(addresses.map((a) => a.phone)),
    created_at: timestamp(addresses.map((a) => a.created_at)),
    updated_at: timestamp(addresses.map((a) => a.created_at)),
  })
  inserted += await insertColumns(manager, "orders", {
    id: text(orders.map((o) => o.id)),
    customer_id: text(orders.map((o) => o.customer.id)),
    email: text(orders.map((o) => o.customer.email)),
    status: text(orders.map((o) => o.status)),
    currency_code: text(orders.map((o) => o.customer.region.currency_code)),
    region_id: text(orders.map((o) => o.customer.region.id)),
    subtotal: integer(orders.map((o) => o.subtotal)),
    shipping_total: integer(orders.map((o) => o.shipping_total)),
    total: integer(orders.map((o) => o.subtotal + o.shipping_total)),
    shipping_address_id: text(orders.map((_, i) => seedId("ordaddr", i * 2))),
    billing_address_id: text(orders.map((_, i) => seedId("ordaddr", i * 2 + 1))),
    created_at: timestamp(orders.map((o) => o.created_at)),
    updated_at: timestamp(orders.map((o) => o.created_at)),
  })
  const items = orders.flatMap((order) => order.items.map((item) => ({ order, item })))
  inserted += await insertColumns(manager, "order_items", {
    id: text(items.map(({ item }) => item.id)),
    order_id: text(items.map(({ order }) => order.id)),
    product_id: text(items.map(({ item }) => item.product_id)),
    variant_id: text(items.map(({ item }) => item.variant_id)),
    title: text(items.map(({ item }) => item.title)),
    quantity: integer(items.map(({ item }) => item.quantity)),
    unit_price: integer(items.map(({ item }) => item.unit_price)),
    created_at: timestamp(items.map(({ order }) => order.created_at)),
    updated_at: timestamp(items.map(({ order }) => order.created_at)),
  })
  return inserted
}
