import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { PRODUCT_VARIANT_PRICE_SET as TABLE } from "../../src/links/product-variant-price-set-table.js"
import { productVariantPriceSetLink } from "../support/commerce-app.js"

describe("the variant <-> price set link", () => {
  test("resolves to the table and key columns the calculated_price SQL reads", () => {
    const link = productVariantPriceSetLink
    assert.equal(link.table, TABLE.table)
    assert.equal(link.idPrefix, TABLE.idPrefix)
    assert.deepEqual(
      [link.left.serviceName, link.left.entity, link.left.column, link.left.field],
      ["product", "ProductVariant", TABLE.variantColumn, "variant"],
    )
    assert.deepEqual(
      [link.right.serviceName, link.right.entity, link.right.column, link.right.field],
      ["pricing", "PriceSet", TABLE.priceSetColumn, "price_set"],
    )
    assert.deepEqual(link.shortcuts, { prices: "price_set.prices" })
  })
})
