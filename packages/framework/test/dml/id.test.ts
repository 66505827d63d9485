import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { generateId, linkableKey } from "../../src/dml/index.js"

describe("generateId", () => {
  it("prefixes a ULID when a prefix is given, plain ULID otherwise", () => {
    assert.match(generateId("bp"), /^bp_[0-9A-HJKMNP-TV-Z]{26}$/)
    assert.match(generateId(), /^[0-9A-HJKMNP-TV-Z]{26}$/)
  })

  it("is monotonic: ids generated in a burst sort in creation order and never repeat", () => {
    const ids = Array.from({ length: 2000 }, () => generateId("x"))
    assert.deepEqual([...ids].sort(), ids)
    assert.equal(new Set(ids).size, ids.length)
  })
})

describe("linkableKey", () => {
  it("is the snake entity name followed by the primary key", () => {
    assert.equal(linkableKey("BlogPost", "id"), "blog_post_id")
    assert.equal(linkableKey("ProductVariant", "sku"), "product_variant_sku")
  })
})
