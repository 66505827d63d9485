import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { createTestApp, type TestApp } from "@stratum/framework/testing"
import { ContainerRegistrationKeys, QueryContext, type Query } from "@stratum/framework/utils"
import PricingModule from "../../src/pricing/index.js"
import type { PricingModuleService } from "../../src/pricing/index.js"
import ProductModule from "../../src/product/index.js"
import type { ProductModuleService } from "../../src/product/index.js"
import { productVariantPriceSetLink } from "../../src/links/product-variant-price-set.js"

describe("calculated_price statements are planned once", () => {
  let app: TestApp
  before(async () => {
    // One connection, so the graph statements and the pg_prepared_statements lookup share a session.
    app = await createTestApp({
      modules: [ProductModule, PricingModule],
      links: [productVariantPriceSetLink],
      projectConfig: { databaseExtra: { pool: { min: 1, max: 1 } } },
    })
    const product = app.container.resolve<ProductModuleService>("product")
    const pricing = app.container.resolve<PricingModuleService>("pricing")
    const [created] = await product.createProducts([
      {
        title: "Planned",
        variants: [
          { title: "S", sku: "plan-s" },
          { title: "M", sku: "plan-m" },
        ],
      },
    ])
    const variants = (created as unknown as { variants: { id: string }[] }).variants
    for (const variant of variants) {
      const set = await pricing.createPriceSets({ prices: [{ amount: 1000, currency_code: "usd" }] })
      await app.manager.query(
        "insert into product_variant_price_set (id, product_variant_id, price_set_id) values ($1, $2, $3)",
        [`pvps_${variant.id}`, variant.id, set.id],
      )
    }
  })
  after(() => app?.close())

  test("after five calls PostgreSQL reuses the generic plan, whatever the context's region and quantity", async () => {
    const query = app.container.resolve<Query>(ContainerRegistrationKeys.QUERY)
    const contexts = [{}, { region_id: "reg_somewhere" }, { quantity: 3 }, { region_id: "reg_other", quantity: 1 }]
    for (let i = 0; i < 12; i++) {
      const { data } = await query.graph({
        entity: "product",
        fields: ["id", "variants.calculated_price.*"],
        pagination: { skip: 0, take: 20 },
        context: { variants: { calculated_price: QueryContext({ currency_code: "usd", ...contexts[i % 4] }) } },
      })
      assert.equal(data.length, 1)
    }
    const rows = await app.manager.query<{ generic_plans: number; custom_plans: number }>(
      "select generic_plans, custom_plans from pg_prepared_statements where statement like '%cp_prefs%'",
    )
    assert.equal(rows.length, 1, "one prepared statement for every context")
    assert.equal(Number(rows[0]?.custom_plans), 5)
    assert.equal(Number(rows[0]?.generic_plans), 7)
  })
})
