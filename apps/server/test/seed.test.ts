import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import type { TestApp } from "@stratum/framework/testing"
import { ContainerRegistrationKeys, QueryContext } from "@stratum/framework/utils"
import seed, { SEED_COUNTS } from "../src/seed/index.js"
import { seedOnFirstRun } from "../src/seed/first-run.js"
import { captureOutput, catalogFingerprint, createServerTestApp, NOW, tableCounts } from "./seed-support.js"

/** The counts README.md documents for the demo data. */
const DOCUMENTED = {
  regions: 2,
  region_countries: 6,
  product_categories: 21,
  products: 2_000,
  product_category_product: 2_000,
  product_variants: 6_000,
  price_sets: 6_000,
  prices: 13_320,
  price_lists: 1,
  product_variant_price_set: 6_000,
  inventory_items: 6_000,
  inventory_movements: 6_000,
  customers: 500,
  customer_addresses: 741,
  orders: 10_000,
  order_items: 18_810,
  order_addresses: 20_000,
  blog_authors: 6,
  blog_categories: 5,
  blog_posts: 60,
  blog_post_categories: 83,
  blog_comments: 182,
  product_reviews: 7,
}

describe("demo seed on a fresh database", () => {
  let app: TestApp
  let firstOutput: string
  let firstTotal: number

  before(async () => {
    app = await createServerTestApp()
    const output = captureOutput()
    firstTotal = (await seed({ manager: app.manager }, { now: NOW, output })).total
    firstOutput = output.text()
  })
  after(() => app?.close())

  test("writes the documented counts", async () => {
    assert.deepEqual(await tableCounts(app.manager), DOCUMENTED)
    assert.equal(SEED_COUNTS.products * SEED_COUNTS.variantsPerProduct, DOCUMENTED.product_variants)
    const rows = Object.entries(DOCUMENTED).reduce(
      (sum, [table, count]) => sum + (table === "product_reviews" ? 0 : count),
      0,
    )
    assert.equal(firstTotal, rows)
  })

  test("prints one progress line per step on its output, then a summary", () => {
    const lines = firstOutput.trim().split("\n")
    assert.equal(lines.length, 12)
    assert.match(lines[0] ?? "", /^\[ 1\/11\] █+░* regions: 8 new rows \(\d+ ms\)$/)
    assert.match(lines[10] ?? "", /reviews: 7 migrated from legacy feedback/)
    assert.match(lines[11] ?? "", /^Seeded [\d,]+ rows in [\d.]+ s$/)
  })

  test("links every variant to a price set with one usd and one eur regular price", async () => {
    const [row] = await app.manager.query<{ unlinked: number; wrong: number }>(`
      select
        (select count(*)::int from product_variants v
          where not exists (select 1 from product_variant_price_set l where l.product_variant_id = v.id)) as unlinked,
        (select count(*)::int from (
          select l.product_variant_id from product_variant_price_set l
          join prices p on p.price_set_id = l.price_set_id and p.price_list_id is null
          group by 1 having count(*) <> 2 or count(distinct p.currency_code) <> 2) bad) as wrong`)
    assert.deepEqual(row, { unlinked: 0, wrong: 0 })
  })

  test("sale prices are lower than the regular ones and money is whole minor units", async () => {
    const [row] = await app.manager.query<{ not_lower: number; fractional: number }>(`
      select
        (select count(*)::int from prices s join prices r
           on r.price_set_id = s.price_set_id and r.currency_code = s.currency_code and r.price_list_id is null
         where s.price_list_id is not null and s.amount >= r.amount) as not_lower,
        (select count(*)::int from prices where amount <= 0 or amount % 100 <> 99) as fractional`)
    assert.deepEqual(row, { not_lower: 0, fractional: 0 })
  })

  test("query.graph prices the seeded variants through the link: the sale price where the sale list has one", async () => {
    const [sale] = await app.manager.query<{ variant_id: string; amount: number; regular: number }>(`
      select l.product_variant_id as variant_id, s.amount, r.amount as regular
      from prices s
      join prices r on r.price_set_id = s.price_set_id and r.currency_code = s.currency_code and r.price_list_id is null
      join product_variant_price_set l on l.price_set_id = s.price_set_id
      where s.price_list_id is not null and s.currency_code = 'eur'
      order by l.product_variant_id limit 1`)
    assert.ok(sale, "a variant on sale")
    const query = app.container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "calculated_price.*"],
      filters: { id: sale.variant_id },
      context: { calculated_price: QueryContext({ currency_code: "eur" }) },
    })
    const price = (data[0] as { calculated_price: { calculated_amount: number; original_amount: number } })
      .calculated_price
    assert.deepEqual([price.calculated_amount, price.original_amount], [sale.amount, sale.regular])
  })

  test("orders add up, match their region's currency and cover the 24 months before the seed day", async () => {
    const [row] = await app.manager.query<Record<string, number | Date>>(
      `select
        (select count(*)::int from orders o
           left join (select order_id, sum(quantity * unit_price) as sum from order_items group by order_id) i
             on i.order_id = o.id
           where o.total <> o.subtotal + o.shipping_total or i.sum is distinct from o.subtotal) as wrong_totals,
        (select count(*)::int from orders o join regions r on r.id = o.region_id
           where r.currency_code <> o.currency_code) as wrong_currency,
        (select count(*)::int from orders where status = 'completed') as completed,
        (select count(distinct date_trunc('month', created_at))::int from orders) as months,
        (select min(created_at) from orders) as first,
        (select max(created_at) from orders) as last`,
    )
    assert.equal(row?.wrong_totals, 0)
    assert.equal(row?.wrong_currency, 0)
    assert.ok(Number(row?.completed) > 8_000, `mostly completed, got ${row?.completed}`)
    assert.ok(Number(row?.months) >= 24, `orders in ${row?.months} months`)
    const first = (row?.first as Date).getTime()
    const last = (row?.last as Date).getTime()
    assert.ok(last < NOW.getTime() && first > NOW.getTime() - 25 * 31 * 86_400_000, "dates before the seed day")
  })

  test("a second run writes nothing and says so", async () => {
    const before = await catalogFingerprint(app.manager)
    const output = captureOutput()
    const result = await seed({ manager: app.manager }, { now: new Date("2025-07-15T00:00:00Z"), output })
    assert.equal(result.total, 0)
    assert.ok(Object.values(result.inserted).every((count) => count === 0))
    assert.match(output.text(), /regions: already present/)
    assert.match(output.text(), /Demo data already present: nothing changed\.\n$/)
    assert.deepEqual(await tableCounts(app.manager), DOCUMENTED)
    assert.deepEqual(await catalogFingerprint(app.manager), before)
  })

  test("the first-run seed of npm start leaves a database with products alone", async () => {
    assert.equal(await seedOnFirstRun(app.manager), undefined)
  })

  test("is deterministic: another database gets identical products, prices and orders", async () => {
    const other = await createServerTestApp()
    try {
      await seed({ manager: other.manager }, { now: NOW, output: captureOutput() })
      const expected = await catalogFingerprint(app.manager)
      assert.deepEqual(await catalogFingerprint(other.manager), expected)
      const [a, b] = await Promise.all(
        [app, other].map((each) =>
          each.manager.query<{ title: string; amount: number }>(
            `select p.title, pr.amount from products p
             join product_variants v on v.product_id = p.id
             join product_variant_price_set l on l.product_variant_id = v.id
             join prices pr on pr.price_set_id = l.price_set_id and pr.currency_code = 'usd' and pr.price_list_id is null
             order by v.id limit 5`,
          ),
        ),
      )
      assert.equal(a?.length, 5)
      assert.deepEqual(b, a)
    } finally {
      await other.close()
    }
  })
})
