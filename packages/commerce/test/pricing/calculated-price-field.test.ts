import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { MedusaError } from "@stratum/framework/utils"
import { calculatedPrice, type CalculatedPriceSet } from "../../src/pricing/index.js"
import PricingModule from "../../src/pricing/index.js"
import { PRODUCT_VARIANT_PRICE_SET as LINK } from "../../src/links/product-variant-price-set-table.js"
import { createCommerceApp, type CommerceApp } from "../support/commerce-app.js"
import { priceList, unique } from "../support/price-fixtures.js"

interface VariantPriceRow {
  id: string
  calculated_price: CalculatedPriceSet | null
}

describe("ProductVariant.calculated_price", () => {
  let commerce: CommerceApp
  before(async () => {
    commerce = await createCommerceApp()
  })
  after(() => commerce?.close())

  /** Runs the field's SQL as the graph would: one expression per variant row of an outer statement. */
  async function variantPrices(variantIds: string[], context: Record<string, unknown>): Promise<VariantPriceRow[]> {
    calculatedPrice.validateContext(context)
    const params: unknown[] = [variantIds]
    const expression = calculatedPrice.compile({ alias: "t0", context, params })
    const rows = await commerce.app.manager.query<{ id: string; calculated_price: unknown }>(
      `select t0.id, ${expression} as calculated_price from product_variants t0
       where t0.id = any($1::text[]) order by array_position($1::text[], t0.id)`,
      params,
    )
    return rows.map((row) => ({ id: row.id, calculated_price: calculatedPrice.hydrate(row.calculated_price) }))
  }

  async function productWithPricedVariants(
    count: number,
    currency = "usd",
  ): Promise<{ variantIds: string[]; setIds: string[] }> {
    const product = await commerce.product.createProducts({
      title: unique("Shirt"),
      variants: Array.from({ length: count }, (_, i) => ({ title: `V${i}`, sku: unique("sku") })),
    })
    const variantIds = (product.variants ?? []).map((variant) => variant.id)
    const sets = await commerce.pricing.createPriceSets(
      variantIds.map((_, i) => ({ prices: [{ amount: 1000 + i, currency_code: currency }] })),
    )
    const setIds = sets.map((set) => set.id)
    await commerce.link(variantIds.map((id, i) => [id, setIds[i] as string]))
    return { variantIds, setIds }
  }

  test("the pricing module contributes it on ProductVariant", () => {
    assert.deepEqual(
      PricingModule.computedFields.map((field) => [field.entity, field.name]),
      [["ProductVariant", "calculated_price"]],
    )
  })

  test("validateContext rejects a context without currency_code", () => {
    assert.throws(
      () => calculatedPrice.validateContext({ region_id: "reg_1" }),
      (error: unknown) =>
        MedusaError.isMedusaError(error) &&
        error.type === "invalid_data" &&
        error.message === "Method calculatePrices requires currency_code in the pricing context",
    )
  })

  test("prices each variant through its linked price set, as calculatePrices does", async () => {
    const { variantIds, setIds } = await productWithPricedVariants(3)
    await priceList(commerce, setIds[1] as string, { type: "sale" }, [{ amount: 500, currency_code: "usd" }])
    const rows = await variantPrices(variantIds, { currency_code: "usd" })
    assert.deepEqual(
      rows.map((row) => [
        row.calculated_price?.id,
        row.calculated_price?.calculated_amount,
        row.calculated_price?.original_amount,
      ]),
      [
        [setIds[0], 1000, 1000],
        [setIds[1], 500, 1001],
        [setIds[2], 1002, 1002],
      ],
    )
    const direct = await commerce.pricing.calculatePrices({ id: setIds }, { context: { currency_code: "usd" } })
    assert.deepEqual(
      rows.map((row) => row.calculated_price),
      direct,
    )
  })

  test("is null for a variant without a link, with a deleted link, or without a price in the currency", async () => {
    const product = await commerce.product.createProducts({ title: unique("Bare"), variants: [{ title: "V" }] })
    const [unlinked] = await variantPrices([(product.variants ?? [])[0]?.id as string], { currency_code: "usd" })
    assert.equal(unlinked?.calculated_price, null)

    const { variantIds } = await productWithPricedVariants(2)
    await commerce.app.manager.query(`update ${LINK.table} set deleted_at = now() where ${LINK.variantColumn} = $1`, [
      variantIds[0],
    ])
    const rows = await variantPrices(variantIds, { currency_code: "usd" })
    assert.equal(rows[0]?.calculated_price, null)
    assert.equal(rows[1]?.calculated_price?.calculated_amount, 1001)
    const inEur = await variantPrices(variantIds, { currency_code: "eur" })
    assert.deepEqual(
      inEur.map((row) => row.calculated_price),
      [null, null],
    )
  })

  test("binds the context as four parameters; the SQL text does not depend on the context", () => {
    const compileWith = (context: Record<string, unknown>) => {
      const params: unknown[] = ["outer"]
      return { sql: calculatedPrice.compile({ alias: "t0", context, params }), params }
    }
    const plain = compileWith({ currency_code: "usd" })
    const rich = compileWith({
      currency_code: "eur",
      region_id: "reg_1",
      quantity: 3,
      customer: { groups: [{ id: "g" }] },
    })
    assert.equal(plain.sql, rich.sql)
    assert.deepEqual(rich.params, [
      "outer",
      "eur",
      3,
      "reg_1",
      JSON.stringify({ region_id: ["reg_1"], "customer.groups.id": ["g"] }),
    ])
    assert.doesNotMatch(plain.sql, /\$1\b/, "parameters already bound by the outer statement are left alone")
  })

  test("prices 20 variants in one statement (timing printed)", async () => {
    const { variantIds } = await productWithPricedVariants(20)
    const region = unique("reg")
    const context = { currency_code: "usd", region_id: region }
    await variantPrices(variantIds, context)
    const runs = 50
    const started = performance.now()
    for (let i = 0; i < runs; i++) await variantPrices(variantIds, context)
    const perCall = (performance.now() - started) / runs
    const rows = await variantPrices(variantIds, context)
    assert.equal(rows.filter((row) => row.calculated_price !== null).length, 20)
    const calculateStarted = performance.now()
    for (let i = 0; i < runs; i++) {
      await commerce.pricing.calculatePrices({ id: rows.map((row) => row.calculated_price?.id as string) }, { context })
    }
    const calculatePerCall = (performance.now() - calculateStarted) / runs
    console.log(
      `# calculated_price for 20 variants: ${perCall.toFixed(2)} ms per statement; calculatePrices(20 sets): ${calculatePerCall.toFixed(2)} ms`,
    )
  })
})
