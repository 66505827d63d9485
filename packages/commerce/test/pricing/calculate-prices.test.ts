import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { countStatements } from "@stratum/framework/testing"
import { MedusaError } from "@stratum/framework/utils"
import type { CalculatedPriceSet, PricingContext } from "../../src/pricing/index.js"
import { createCommerceApp, type CommerceApp } from "../support/commerce-app.js"
import { priceList, priceSet, unique } from "../support/price-fixtures.js"

const DAY = 24 * 60 * 60 * 1000

describe("calculatePrices", () => {
  let commerce: CommerceApp
  before(async () => {
    commerce = await createCommerceApp()
  })
  after(() => commerce?.close())

  async function calculate(id: string, context: PricingContext): Promise<CalculatedPriceSet | undefined> {
    const [price] = await commerce.pricing.calculatePrices({ id: [id] }, { context })
    return price
  }

  async function amounts(id: string, context: PricingContext): Promise<[number, number | null] | undefined> {
    const price = await calculate(id, context)
    return price && [price.calculated_amount, price.original_amount]
  }

  describe("the pricing context", () => {
    test("a missing currency_code is invalid_data with Medusa's message", async () => {
      const set = await priceSet(commerce, [{ amount: 1000, currency_code: "usd" }])
      for (const context of [{}, { region_id: "reg_1" }, { currency_code: "" }]) {
        await assert.rejects(commerce.pricing.calculatePrices({ id: [set.id] }, { context }), (error: unknown) => {
          assert.ok(MedusaError.isMedusaError(error))
          assert.equal(error.type, "invalid_data")
          assert.equal(error.message, "Method calculatePrices requires currency_code in the pricing context")
          return true
        })
      }
    })

    test("a quantity that is not a number is invalid_data naming the value", async () => {
      const set = await priceSet(commerce, [{ amount: 1000, currency_code: "usd" }])
      await assert.rejects(
        commerce.pricing.calculatePrices({ id: [set.id] }, { context: { currency_code: "usd", quantity: -1 } }),
        /quantity in the pricing context must be a non-negative number, got -1/,
      )
    })
  })

  describe("candidates", () => {
    test("only prices in the context's currency apply; none in it gives no result", async () => {
      const set = await priceSet(commerce, [
        { amount: 1000, currency_code: "usd" },
        { amount: 900, currency_code: "eur" },
      ])
      assert.deepEqual(await amounts(set.id, { currency_code: "usd" }), [1000, 1000])
      assert.deepEqual(await amounts(set.id, { currency_code: "eur" }), [900, 900])
      assert.equal(await calculate(set.id, { currency_code: "gbp" }), undefined)
    })

    test("quantity tiers: bounds are inclusive and null is open; without a quantity only tiers from 1 apply", async () => {
      const set = await priceSet(commerce, [
        { amount: 1000, currency_code: "usd" },
        { amount: 900, currency_code: "usd", min_quantity: 10, max_quantity: 49 },
        { amount: 800, currency_code: "usd", min_quantity: 50 },
        { amount: 950, currency_code: "eur", min_quantity: 1, max_quantity: 5 },
        { amount: 700, currency_code: "eur", min_quantity: 6 },
      ])
      const at = async (quantity: number | undefined, currency_code = "usd") =>
        (await calculate(set.id, quantity === undefined ? { currency_code } : { currency_code, quantity }))
          ?.calculated_amount
      assert.equal(await at(undefined), 1000)
      assert.equal(await at(5), 1000)
      assert.equal(await at(10), 900)
      assert.equal(await at(49), 900)
      assert.equal(await at(50), 800)
      assert.equal(await at(500), 800)
      assert.equal(await at(undefined, "eur"), 950, "min_quantity 1 applies without a quantity")
      assert.equal(await at(5, "eur"), 950)
      assert.equal(await at(6, "eur"), 700)
      const tier = await calculate(set.id, { currency_code: "usd", quantity: 20 })
      assert.equal(tier?.calculated_price.min_quantity, 10)
      assert.equal(tier?.calculated_price.max_quantity, 49)
    })

    test("soft-deleted prices and price sets are ignored", async () => {
      const set = await priceSet(commerce, [
        { amount: 500, currency_code: "usd" },
        { amount: 1000, currency_code: "usd" },
      ])
      await commerce.pricing.softDeletePrices([set.priceIds[0] as string])
      assert.deepEqual(await amounts(set.id, { currency_code: "usd" }), [1000, 1000])
      await commerce.pricing.softDeletePriceSets([set.id])
      assert.equal(await calculate(set.id, { currency_code: "usd" }), undefined)
    })
  })

  describe("price rules", () => {
    test("a price whose region rule matches wins over the default price, even when dearer", async () => {
      const region = unique("reg")
      const set = await priceSet(commerce, [
        { amount: 1000, currency_code: "usd" },
        { amount: 1200, currency_code: "usd", rules: { region_id: region } },
      ])
      assert.deepEqual(await amounts(set.id, { currency_code: "usd", region_id: region }), [1200, 1200])
      assert.deepEqual(await amounts(set.id, { currency_code: "usd", region_id: unique("reg") }), [1000, 1000])
      assert.deepEqual(await amounts(set.id, { currency_code: "usd" }), [1000, 1000])
    })

    test("a price applies only when every one of its rules matches; more matched rules rank first", async () => {
      const region = unique("reg")
      const set = await priceSet(commerce, [
        { amount: 1000, currency_code: "usd" },
        { amount: 950, currency_code: "usd", rules: { region_id: region } },
        { amount: 990, currency_code: "usd", rules: { region_id: region, customer_group_id: "vip" } },
      ])
      assert.equal((await calculate(set.id, { currency_code: "usd", region_id: region }))?.calculated_amount, 950)
      const both = { currency_code: "usd", region_id: region, customer_group_id: "vip" }
      assert.equal((await calculate(set.id, both))?.calculated_amount, 990)
      const onlyGroup = { currency_code: "usd", customer_group_id: "vip" }
      assert.equal((await calculate(set.id, onlyGroup))?.calculated_amount, 1000)
    })

    test("among prices with as many rules, the lowest amount wins", async () => {
      const set = await priceSet(commerce, [
        { amount: 1000, currency_code: "usd" },
        { amount: 990, currency_code: "usd" },
      ])
      assert.equal((await calculate(set.id, { currency_code: "usd" }))?.calculated_price.id, set.priceIds[1])
    })

    test("numeric operators compare a numeric context value with the rule value", async () => {
      const set = await priceSet(commerce, [
        { amount: 1000, currency_code: "usd" },
        { amount: 900, currency_code: "usd", rules: { item_total: [{ operator: "gte", value: 5000 }] } },
        {
          amount: 800,
          currency_code: "usd",
          rules: {
            item_total: [
              { operator: "gt", value: 10000 },
              { operator: "lte", value: 20000 },
            ],
          },
        },
        { amount: 700, currency_code: "usd", rules: { item_count: [{ operator: "lt", value: 0 }] } },
        { amount: 600, currency_code: "usd", rules: { item_count: [{ operator: "eq", value: 42 }] } },
      ])
      const at = async (context: Record<string, unknown>) =>
        (await calculate(set.id, { currency_code: "usd", ...context }))?.calculated_amount
      assert.equal(await at({ item_total: 4999 }), 1000)
      assert.equal(await at({ item_total: 5000 }), 900)
      assert.equal(await at({ item_total: 10000 }), 900, "gt is strict")
      assert.equal(await at({ item_total: 15000 }), 800, "two rules on one attribute")
      assert.equal(await at({ item_total: 20001 }), 900)
      assert.equal(await at({ item_count: 42 }), 600)
      assert.equal(await at({ item_count: 42.5 }), 1000)
      assert.equal(await at({ item_total: "15000" }), 1000, "a string is not compared numerically")
    })

    test("nested context values are flattened with dots and arrays match any element", async () => {
      const set = await priceSet(commerce, [
        { amount: 1000, currency_code: "usd" },
        { amount: 850, currency_code: "usd", rules: { "customer.groups.id": "vip" } },
      ])
      const customer = { groups: [{ id: "basic" }, { id: "vip" }] }
      assert.equal((await calculate(set.id, { currency_code: "usd", customer }))?.calculated_amount, 850)
      const basic = { groups: [{ id: "basic" }] }
      assert.equal((await calculate(set.id, { currency_code: "usd", customer: basic }))?.calculated_amount, 1000)
    })

    test("rule values travel as parameters: quotes and SQL in the context change nothing", async () => {
      const set = await priceSet(commerce, [
        { amount: 1000, currency_code: "usd" },
        { amount: 900, currency_code: "usd", rules: { region_id: "it's" } },
      ])
      const evil = { currency_code: "usd'; drop table prices; --", region_id: "x' or '1'='1" }
      assert.equal(await calculate(set.id, evil), undefined)
      assert.equal((await calculate(set.id, { currency_code: "usd", region_id: "it's" }))?.calculated_amount, 900)
      assert.equal((await calculate(set.id, { currency_code: "usd", "a'b": "c" }))?.calculated_amount, 1000)
    })
  })

  describe("price lists", () => {
    test("a sale list price lower than the default is the calculated price; the default stays the original", async () => {
      const set = await priceSet(commerce, [{ amount: 1000, currency_code: "usd" }])
      const list = await priceList(commerce, set.id, { type: "sale" }, [{ amount: 800, currency_code: "usd" }])
      const price = await calculate(set.id, { currency_code: "usd" })
      assert.deepEqual(price, {
        id: set.id,
        currency_code: "usd",
        calculated_amount: 800,
        original_amount: 1000,
        is_calculated_price_price_list: true,
        is_original_price_price_list: false,
        is_calculated_price_tax_inclusive: false,
        is_original_price_tax_inclusive: false,
        calculated_price: {
          id: list.priceIds[0],
          price_list_id: list.id,
          price_list_type: "sale",
          min_quantity: null,
          max_quantity: null,
        },
        original_price: {
          id: set.priceIds[0],
          price_list_id: null,
          price_list_type: null,
          min_quantity: null,
          max_quantity: null,
        },
      })
    })

    test("a sale list price higher than the default loses to the default", async () => {
      const set = await priceSet(commerce, [{ amount: 1000, currency_code: "usd" }])
      await priceList(commerce, set.id, { type: "sale" }, [{ amount: 1200, currency_code: "usd" }])
      const price = await calculate(set.id, { currency_code: "usd" })
      assert.deepEqual([price?.calculated_amount, price?.original_amount], [1000, 1000])
      assert.equal(price?.is_calculated_price_price_list, false)
      assert.equal(price?.calculated_price.id, set.priceIds[0])
    })

    test("a sale list price without a default price is the calculated price, with no original price", async () => {
      const set = await priceSet(commerce, [{ amount: 1000, currency_code: "eur" }])
      await priceList(commerce, set.id, { type: "sale" }, [{ amount: 1200, currency_code: "usd" }])
      const price = await calculate(set.id, { currency_code: "usd" })
      assert.equal(price?.calculated_amount, 1200)
      assert.equal(price?.original_amount, null)
      assert.equal(price?.is_original_price_price_list, false)
      assert.deepEqual(price?.original_price, {
        id: null,
        price_list_id: null,
        price_list_type: null,
        min_quantity: null,
        max_quantity: null,
      })
    })

    test("an override list price is both calculated and original price, even when dearer", async () => {
      const set = await priceSet(commerce, [{ amount: 1000, currency_code: "usd" }])
      const list = await priceList(commerce, set.id, { type: "override" }, [{ amount: 1200, currency_code: "usd" }])
      const price = await calculate(set.id, { currency_code: "usd" })
      assert.deepEqual([price?.calculated_amount, price?.original_amount], [1200, 1200])
      assert.equal(price?.is_calculated_price_price_list, true)
      assert.equal(price?.is_original_price_price_list, true)
      assert.equal(price?.original_price.price_list_type, "override")
      assert.equal(price?.original_price.price_list_id, list.id)
    })

    test("with a sale list ranked first, an applicable override list price is the original price", async () => {
      const set = await priceSet(commerce, [{ amount: 1000, currency_code: "usd" }])
      const override = await priceList(commerce, set.id, { type: "override" }, [{ amount: 1100, currency_code: "usd" }])
      const sale = await priceList(commerce, set.id, { type: "sale", rules: { customer_group_id: "vip" } }, [
        { amount: 900, currency_code: "usd" },
      ])
      const price = await calculate(set.id, { currency_code: "usd", customer_group_id: "vip" })
      assert.deepEqual([price?.calculated_amount, price?.original_amount], [900, 1100])
      assert.equal(price?.calculated_price.price_list_id, sale.id)
      assert.equal(price?.original_price.price_list_id, override.id)
    })

    test("draft, expired, not yet started and deleted lists are ignored; open or current dates apply", async () => {
      const set = await priceSet(commerce, [{ amount: 1000, currency_code: "usd" }])
      const now = Date.now()
      await priceList(commerce, set.id, { type: "override", status: "draft" }, [{ amount: 100, currency_code: "usd" }])
      await priceList(commerce, set.id, { type: "override", ends_at: new Date(now - DAY) }, [
        { amount: 200, currency_code: "usd" },
      ])
      await priceList(commerce, set.id, { type: "override", starts_at: new Date(now + DAY) }, [
        { amount: 300, currency_code: "usd" },
      ])
      const deleted = await priceList(commerce, set.id, { type: "override" }, [{ amount: 400, currency_code: "usd" }])
      await commerce.pricing.softDeletePriceLists([deleted.id])
      assert.deepEqual(await amounts(set.id, { currency_code: "usd" }), [1000, 1000])

      await priceList(
        commerce,
        set.id,
        { type: "sale", starts_at: new Date(now - DAY), ends_at: new Date(now + DAY) },
        [{ amount: 500, currency_code: "usd" }],
      )
      assert.deepEqual(await amounts(set.id, { currency_code: "usd" }), [500, 1000])
    })

    test("a list applies only when every list rule matches one of its values", async () => {
      const region = unique("reg")
      const set = await priceSet(commerce, [{ amount: 1000, currency_code: "usd" }])
      await priceList(
        commerce,
        set.id,
        { type: "sale", rules: { customer_group_id: ["vip", "staff"], region_id: region } },
        [{ amount: 700, currency_code: "usd" }],
      )
      const at = async (context: Record<string, unknown>) =>
        (await calculate(set.id, { currency_code: "usd", ...context }))?.calculated_amount
      assert.equal(await at({ customer_group_id: "staff", region_id: region }), 700)
      assert.equal(await at({ customer_group_id: ["basic", "vip"], region_id: region }), 700)
      assert.equal(await at({ customer_group_id: "basic", region_id: region }), 1000)
      assert.equal(await at({ customer_group_id: "vip" }), 1000, "the region rule is not met")
      assert.equal(await at({}), 1000)
    })

    test("list prices honour their own price rules and quantity bounds", async () => {
      const region = unique("reg")
      const set = await priceSet(commerce, [{ amount: 1000, currency_code: "usd" }])
      await priceList(commerce, set.id, { type: "sale" }, [
        { amount: 600, currency_code: "usd", rules: { region_id: region } },
        { amount: 500, currency_code: "usd", min_quantity: 10 },
      ])
      assert.equal((await calculate(set.id, { currency_code: "usd" }))?.calculated_amount, 1000)
      assert.equal((await calculate(set.id, { currency_code: "usd", region_id: region }))?.calculated_amount, 600)
      assert.equal((await calculate(set.id, { currency_code: "usd", quantity: 10 }))?.calculated_amount, 500)
    })
  })

  describe("tax inclusivity", () => {
    test("the currency's preference applies; without one prices are tax exclusive", async () => {
      const currency = unique("cur")
      const set = await priceSet(commerce, [{ amount: 1000, currency_code: currency }])
      const before = await calculate(set.id, { currency_code: currency })
      assert.equal(before?.is_calculated_price_tax_inclusive, false)
      await commerce.pricing.createPricePreferences({
        attribute: "currency_code",
        value: currency,
        is_tax_inclusive: true,
      })
      const price = await calculate(set.id, { currency_code: currency })
      assert.equal(price?.is_calculated_price_tax_inclusive, true)
      assert.equal(price?.is_original_price_tax_inclusive, true)
    })

    test("a region preference applies to prices with a matching region rule, the currency's to others", async () => {
      const currency = unique("cur")
      const region = unique("reg")
      const set = await priceSet(commerce, [
        { amount: 1000, currency_code: currency },
        { amount: 1100, currency_code: currency, rules: { region_id: region } },
      ])
      await commerce.pricing.createPricePreferences([
        { attribute: "currency_code", value: currency, is_tax_inclusive: true },
        { attribute: "region_id", value: region, is_tax_inclusive: false },
      ])
      const inRegion = await calculate(set.id, { currency_code: currency, region_id: region })
      assert.equal(inRegion?.calculated_amount, 1100)
      assert.equal(inRegion?.is_calculated_price_tax_inclusive, false, "region preference")
      const elsewhere = await calculate(set.id, { currency_code: currency, region_id: unique("reg") })
      assert.equal(elsewhere?.calculated_amount, 1000)
      assert.equal(elsewhere?.is_calculated_price_tax_inclusive, true, "currency preference")
    })

    test("a region preference does not apply to a price without a region rule", async () => {
      const currency = unique("cur")
      const region = unique("reg")
      const set = await priceSet(commerce, [{ amount: 1000, currency_code: currency }])
      await commerce.pricing.createPricePreferences({ attribute: "region_id", value: region, is_tax_inclusive: true })
      const price = await calculate(set.id, { currency_code: currency, region_id: region })
      assert.equal(price?.is_calculated_price_tax_inclusive, false)
    })

    test("calculated and original prices each get their own flag", async () => {
      const currency = unique("cur")
      const region = unique("reg")
      const set = await priceSet(commerce, [{ amount: 1000, currency_code: currency }])
      await priceList(commerce, set.id, { type: "sale" }, [
        { amount: 800, currency_code: currency, rules: { region_id: region } },
      ])
      await commerce.pricing.createPricePreferences({ attribute: "region_id", value: region, is_tax_inclusive: true })
      const price = await calculate(set.id, { currency_code: currency, region_id: region })
      assert.equal(price?.calculated_amount, 800)
      assert.equal(price?.is_calculated_price_tax_inclusive, true)
      assert.equal(price?.is_original_price_tax_inclusive, false)
    })
  })

  describe("results", () => {
    test("price sets without an applicable price are left out; results follow the ids' order", async () => {
      const region = unique("reg")
      const a = await priceSet(commerce, [{ amount: 100, currency_code: "usd" }])
      const onlyRegion = await priceSet(commerce, [{ amount: 200, currency_code: "usd", rules: { region_id: region } }])
      const b = await priceSet(commerce, [{ amount: 300, currency_code: "usd" }])
      const ids = [b.id, onlyRegion.id, "pset_missing", a.id]
      const prices = await commerce.pricing.calculatePrices({ id: ids }, { context: { currency_code: "usd" } })
      assert.deepEqual(
        prices.map((price) => [price.id, price.calculated_amount]),
        [
          [b.id, 300],
          [a.id, 100],
        ],
      )
    })

    test("any number of price sets is priced in one statement", async () => {
      const sets = await commerce.pricing.createPriceSets(
        Array.from({ length: 25 }, (_, i) => ({ prices: [{ amount: 1000 + i, currency_code: "usd" }] })),
      )
      const [prices, counter] = await countStatements(() =>
        commerce.pricing.calculatePrices({ id: sets.map((set) => set.id) }, { context: { currency_code: "usd" } }),
      )
      assert.equal(prices.length, 25)
      assert.equal(counter.statements, 1)
    })
  })
})
