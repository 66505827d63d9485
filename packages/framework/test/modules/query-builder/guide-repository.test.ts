// The guide's "Custom Repository Methods" and "Complex Query Building" code, run as written.
import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { ProductRepository } from "./fixtures/index.js"
import { useProductFixture } from "./fixtures/harness.js"
import { ids } from "./fixtures/seed.js"

type Nested = Record<string, unknown> & {
  variants?: (Record<string, unknown> & { prices?: Record<string, unknown>[] })[]
}

describe("the guide's custom repository and query builder", () => {
  const fixture = useProductFixture()

  test("@Repository() ProductRepository replaces the default one, as this.repository_ and this.productRepository_", () => {
    const { repository, productRepository } = fixture.service.repositories()
    assert.ok(repository instanceof ProductRepository)
    assert.equal(productRepository, repository)
    assert.equal(repository.entityName, "Product")
  })

  test("findProductsWithLowStock returns products with only their low-stock variants nested", async () => {
    const products = (await fixture.repository.findProductsWithLowStock(10)) as Nested[]
    assert.deepEqual(ids(products), ["prod_1", "prod_2"])
    // variant_2 (50) is filtered out, variant_3 (1) is soft-deleted, prod_4 (0 in stock) is soft-deleted.
    assert.deepEqual(
      products.map((product) => product.variants?.map((variant) => [variant["id"], variant["inventory_quantity"]])),
      [[["variant_1", 3]], [["variant_4", 5]]],
    )
    const first = products[0] as Nested
    assert.ok(first["created_at"] instanceof Date)
    assert.equal(first["rating"], 4.5)
    assert.deepEqual(first["metadata"], { origin: "pt" })
    assert.equal(typeof first.variants?.[0]?.["inventory_quantity"], "number")
  })

  test("findProductsWithLowStock uses the default threshold of 10 and sends one statement", async () => {
    const [products, statements] = await fixture.statements(() => fixture.repository.findProductsWithLowStock())
    assert.deepEqual(ids(products), ["prod_1", "prod_2"])
    assert.equal(statements.length, 1)
    assert.deepEqual(statements[0]?.params, [10])
  })

  test("findProductsByPriceRange joins variants and their prices, amounts in cents", async () => {
    const products = (await fixture.repository.findProductsByPriceRange(10, 20)) as Nested[]
    // usd 1500 on variant_1 only: 999 is below, 1200 is soft-deleted, eur 1400 is another currency.
    assert.deepEqual(ids(products), ["prod_1"])
    assert.deepEqual(ids(products[0]?.variants ?? []), ["variant_1"])
    assert.deepEqual(products[0]?.variants?.[0]?.prices, [
      {
        id: "price_1",
        currency_code: "usd",
        amount: 1500,
        variant_id: "variant_1",
        created_at: products[0]?.variants?.[0]?.prices?.[0]?.["created_at"],
        updated_at: products[0]?.variants?.[0]?.prices?.[0]?.["updated_at"],
        deleted_at: null,
      },
    ])
  })

  test("findProductsByPriceRange nests each variant once with all its matching prices", async () => {
    const products = (await fixture.repository.findProductsByPriceRange(5, 30, "usd")) as Nested[]
    assert.deepEqual(
      products.map((product) => [
        product["id"],
        product.variants?.map((variant) => [variant["id"], variant.prices?.map((price) => price["amount"])]),
      ]),
      [
        [
          "prod_1",
          [
            ["variant_1", [1500]],
            ["variant_2", [2500]],
          ],
        ],
        ["prod_2", [["variant_4", [999]]]],
      ],
    )
    const eur = (await fixture.repository.findProductsByPriceRange(0, 100, "eur")) as Nested[]
    assert.deepEqual(
      eur.map((product) => product.variants?.map((variant) => variant.prices?.map((price) => price["id"]))),
      [[["price_2"]]],
    )
  })

  test("searchProducts matches title or description, newest first, never soft-deleted rows", async () => {
    const found = await fixture.service.searchProducts("shirt")
    assert.deepEqual(ids(found), ["prod_2", "prod_1"])
    assert.deepEqual(ids(await fixture.service.searchProducts("SOCKS")), ["prod_5"])
    assert.deepEqual(await fixture.service.searchProducts("nothing like this"), [])
  })

  test("searchProducts returns at most 20 products", async () => {
    const rollback = new Error("rollback")
    await assert.rejects(
      fixture.app.manager.transaction(async (manager) => {
        await manager.query(
          `insert into products (id, title, created_at)
           select 'prod_lamp_' || lpad(n::text, 2, '0'), 'Lamp ' || n, timestamptz '2025-01-01' + n * interval '1 day'
           from generate_series(1, 25) as n`,
        )
        const found = await fixture.service.searchProducts("lamp")
        assert.equal(found.length, 20)
        assert.equal(found[0]?.["id"], "prod_lamp_25")
        assert.equal(found[19]?.["id"], "prod_lamp_06")
        throw rollback
      }),
      rollback,
    )
  })

  test("getProductSalesData aggregates completed orders per month with numbers as numbers", async () => {
    const statements = [
      `insert into orders (id, customer_id, currency_code, status, created_at) values
        ('order_1', 'cus_1', 'usd', 'completed', '2024-03-05T10:00:00Z'),
        ('order_2', 'cus_2', 'usd', 'completed', '2024-03-20T10:00:00Z'),
        ('order_3', 'cus_1', 'usd', 'completed', '2024-04-02T10:00:00Z'),
        ('order_4', 'cus_3', 'usd', 'pending', '2024-04-03T10:00:00Z')`,
      `insert into order_items (id, order_id, product_id, variant_id, quantity, unit_price) values
        ('oitem_1', 'order_1', 'prod_1', 'variant_1', 2, 1500),
        ('oitem_2', 'order_2', 'prod_1', 'variant_2', 1, 2500),
        ('oitem_3', 'order_3', 'prod_1', 'variant_1', 3, 1500),
        ('oitem_4', 'order_4', 'prod_1', 'variant_1', 9, 1500),
        ('oitem_5', 'order_1', 'prod_2', 'variant_4', 1, 999)`,
    ]
    for (const sql of statements) await fixture.app.manager.query(sql)
    const rows = (await fixture.repository.getProductSalesData("prod_1")) as Record<string, unknown>[]
    assert.deepEqual(rows, [
      { month: new Date("2024-04-01T00:00:00Z"), units_sold: 3, revenue: 4500 },
      { month: new Date("2024-03-01T00:00:00Z"), units_sold: 3, revenue: 5500 },
    ])
  })

  test("custom methods join the ambient transaction: they see its uncommitted write, and the rollback undoes it", async () => {
    const rollback = new Error("rollback")
    await assert.rejects(
      fixture.app.manager.transaction(async () => {
        await fixture.service.updateProductVariants({ id: "variant_5", inventory_quantity: 2 })
        const inside = await fixture.repository.findProductsWithLowStock(10)
        assert.deepEqual(ids(inside), ["prod_1", "prod_2", "prod_3"])
        const viaService = await fixture.service.lowStock(10)
        assert.deepEqual(ids(viaService), ["prod_1", "prod_2", "prod_3"])
        throw rollback
      }),
      rollback,
    )
    assert.deepEqual(ids(await fixture.repository.findProductsWithLowStock(10)), ["prod_1", "prod_2"])
  })

  test("a query built outside a transaction runs in the one active when it executes", async () => {
    const query = fixture.repository
      .createQueryBuilder("product")
      .where("product.title = :title", { title: "Uncommitted" })
    const rollback = new Error("rollback")
    await assert.rejects(
      fixture.app.manager.transaction(async (manager) => {
        await manager.query(`insert into products (id, title) values ('prod_tx', 'Uncommitted')`)
        assert.deepEqual(ids(await query.getMany()), ["prod_tx"])
        throw rollback
      }),
      rollback,
    )
    assert.deepEqual(await query.getMany(), [])
  })
})
