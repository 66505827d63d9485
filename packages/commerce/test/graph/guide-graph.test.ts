import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { countStatements, ContainerRegistrationKeys, QueryContext, MedusaError } from "@stratum/framework/utils"
import type { MedusaRequest, MedusaResponse } from "@stratum/framework/http"
import { createTestApp, type TestApp } from "@stratum/framework/testing"
import { PricingModule, ProductModule, productVariantPriceSetLink, RegionModule } from "../../src/index.js"
import type { PricingModuleService, ProductModuleService } from "../../src/index.js"

let categoryId: string

// The guide's handler, as written (categoryId is the guide's free variable; res is unused there too).
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const result = await query.graph({
    entity: "product",
    fields: ["*", "variants.*", "variants.calculated_price.*"],
    filters: { categories: { id: categoryId } },
    context: {
      variants: {
        calculated_price: QueryContext({
          region_id: req.headers["region_id"],
          currency_code: req.headers["currency_code"],
        }),
      },
    },
  })

  return result
}

describe("the guide's pricing-context handler over the commerce modules", () => {
  let app: TestApp
  let shirtId: string
  before(async () => {
    app = await createTestApp({
      modules: [ProductModule, PricingModule, RegionModule],
      links: [productVariantPriceSetLink],
    })
    const product = app.container.resolve<ProductModuleService>("product")
    const pricing = app.container.resolve<PricingModuleService>("pricing")
    const link = app.container.resolve(ContainerRegistrationKeys.LINK)
    const [shirts] = await product.createProductCategories([{ name: "Shirts", handle: "shirts" }])
    categoryId = shirts!.id
    const shirt = await product.createProducts({
      title: "Shirt",
      categories: [{ id: categoryId }],
      variants: [
        { title: "S", sku: "SHIRT-S" },
        { title: "M", sku: "SHIRT-M" },
      ],
    })
    shirtId = shirt.id
    await product.createProducts({ title: "Mug", variants: [{ title: "One size", sku: "MUG" }] })
    const variants = await product.listProductVariants({ product_id: shirt.id }, { order: { sku: "DESC" } })
    const sets = await pricing.createPriceSets(
      variants.map((_, i) => ({
        prices: [
          { currency_code: "usd", amount: 2000 + i * 100 },
          { currency_code: "eur", amount: 1800 },
        ],
      })),
    )
    await link.create(
      variants.map((variant, i) => ({
        product: { product_variant_id: variant.id },
        pricing: { price_set_id: sets[i]!.id },
      })),
    )
  })
  after(() => app?.close())

  const call = (headers: Record<string, string>) =>
    GET({ scope: app.container.createScope(), headers } as unknown as MedusaRequest, {} as MedusaResponse)

  test("returns the category's products with each variant's calculated price, in one statement", async () => {
    const [result, counter] = await countStatements(() => call({ currency_code: "usd" }))
    assert.equal(counter.statements, 1)
    assert.deepEqual(
      result.data.map((p) => p.id),
      [shirtId],
    )
    const variants = (result.data[0]?.variants ?? []) as {
      sku: string
      calculated_price: { calculated_amount: number; currency_code: string }
    }[]
    const prices = Object.fromEntries(variants.map((v) => [v.sku, v.calculated_price.calculated_amount]))
    assert.deepEqual(prices, { "SHIRT-S": 2000, "SHIRT-M": 2100 })
    assert.ok(variants.every((v) => v.calculated_price.currency_code === "usd"))
  })

  test("the same request in another currency", async () => {
    const result = await call({ currency_code: "eur" })
    const variants = (result.data[0]?.variants ?? []) as { calculated_price: { calculated_amount: number } }[]
    assert.deepEqual(
      variants.map((v) => v.calculated_price.calculated_amount),
      [1800, 1800],
    )
  })

  test("without currency_code the request is invalid_data naming what is missing", async () => {
    const error = await call({}).catch((e: unknown) => e)
    assert.ok(MedusaError.isMedusaError(error))
    assert.equal(error.type, "invalid_data")
    assert.match(error.message, /currency_code/)
  })
})
