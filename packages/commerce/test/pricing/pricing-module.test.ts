import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { countStatements } from "@stratum/framework/testing"
import { MedusaError } from "@stratum/framework/utils"
import { createCommerceApp, type CommerceApp } from "../support/commerce-app.js"

describe("pricing module", () => {
  let commerce: CommerceApp
  before(async () => {
    commerce = await createCommerceApp()
  })
  after(() => commerce?.close())

  test("createPriceSets creates prices and their rules in one call, mirroring the input's shape", async () => {
    const set = await commerce.pricing.createPriceSets({
      prices: [
        { amount: 1000, currency_code: "usd" },
        {
          amount: 900,
          currency_code: "usd",
          min_quantity: 10,
          rules: { region_id: "reg_1", item_total: [{ operator: "gte", value: 5000 }] },
        },
      ],
    })
    assert.match(set.id, /^pset_[0-9A-Z]{26}$/)
    const prices = set.prices ?? []
    assert.deepEqual(
      prices.map((price) => [price.amount, price.min_quantity, price.max_quantity, price.rules_count]),
      [
        [1000, null, null, 0],
        [900, 10, null, 2],
      ],
    )
    assert.deepEqual(prices[1]?.price_rules?.map((rule) => [rule.attribute, rule.operator, rule.value]).sort(), [
      ["item_total", "gte", "5000"],
      ["region_id", "eq", "reg_1"],
    ])
    const many = await commerce.pricing.createPriceSets([{}, { prices: [{ amount: 1, currency_code: "eur" }] }])
    assert.equal(many.length, 2)
    assert.deepEqual(many[0]?.prices, [])
  })

  test("creating 50 price sets with 3 prices and rules each is a handful of statements", async () => {
    const input = Array.from({ length: 50 }, (_, i) => ({
      prices: [
        { amount: 1000 + i, currency_code: "usd" },
        { amount: 900 + i, currency_code: "eur" },
        { amount: 800 + i, currency_code: "usd", rules: { region_id: "reg_1" } },
      ],
    }))
    const [sets, counter] = await countStatements(() => commerce.pricing.createPriceSets(input))
    assert.equal(sets.length, 50)
    assert.equal(sets[49]?.prices?.length, 3)
    assert.ok(counter.statements <= 8, `${counter.statements} statements`)
  })

  test("amounts must be integers in minor units", async () => {
    await assert.rejects(
      commerce.pricing.createPriceSets({ prices: [{ amount: 10.5, currency_code: "usd" }] }),
      (error: unknown) =>
        MedusaError.isMedusaError(error) &&
        error.type === "invalid_data" &&
        error.message === "Price amount must be a non-negative integer in the currency's minor unit (cents), got 10.5",
    )
  })

  test("addPrices adds prices with rules to existing sets; an unknown set is not_found", async () => {
    const set = await commerce.pricing.createPriceSets({ prices: [{ amount: 1000, currency_code: "usd" }] })
    const updated = await commerce.pricing.addPrices({
      priceSetId: set.id,
      prices: [{ amount: 950, currency_code: "eur", rules: { region_id: "reg_eu" } }],
    })
    assert.deepEqual(updated.prices?.map((price) => price.currency_code).sort(), ["eur", "usd"])
    await assert.rejects(
      commerce.pricing.addPrices({ priceSetId: "pset_missing", prices: [{ amount: 1, currency_code: "usd" }] }),
      (error: unknown) => MedusaError.isMedusaError(error) && error.type === "not_found",
    )
  })

  test("createPriceLists creates a list with its rules and prices", async () => {
    const set = await commerce.pricing.createPriceSets({ prices: [{ amount: 1000, currency_code: "usd" }] })
    const list = await commerce.pricing.createPriceLists({
      title: "VIP sale",
      type: "sale",
      status: "active",
      starts_at: new Date("2020-01-01T00:00:00Z"),
      rules: { customer_group_id: ["cg_vip", "cg_staff"], region_id: "reg_1" },
      prices: [{ amount: 800, currency_code: "usd", price_set_id: set.id }],
    })
    assert.match(list.id, /^plist_/)
    assert.equal(list.rules_count, 2)
    assert.deepEqual(list.price_list_rules?.map((rule) => [rule.attribute, rule.value]).sort(), [
      ["customer_group_id", ["cg_vip", "cg_staff"]],
      ["region_id", ["reg_1"]],
    ])
    assert.deepEqual(
      list.prices?.map((price) => [price.amount, price.price_set_id, price.price_list_id]),
      [[800, set.id, list.id]],
    )
    assert.ok(list.starts_at instanceof Date)
  })

  test("price preferences are unique per attribute and value", async () => {
    await commerce.pricing.createPricePreferences({ attribute: "currency_code", value: "dkk", is_tax_inclusive: true })
    await assert.rejects(
      commerce.pricing.createPricePreferences({ attribute: "currency_code", value: "dkk" }),
      (error: unknown) => MedusaError.isMedusaError(error) && error.type === "duplicate_error",
    )
  })

  test("soft-deleting a price set soft-deletes its prices and their rules", async () => {
    const set = await commerce.pricing.createPriceSets({
      prices: [{ amount: 1000, currency_code: "usd", rules: { region_id: "reg_1" } }],
    })
    const deleted = await commerce.pricing.softDeletePriceSets([set.id])
    assert.deepEqual(deleted.price_set_id, [set.id])
    assert.equal(deleted.price_id?.length, 1)
    assert.equal(deleted.price_rule_id?.length, 1)
  })
})
