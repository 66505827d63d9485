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

  it("starts with the creation time in milliseconds, and draws fresh random digits in a new millisecond", async () => {
    const decodeTime = (id: string) =>
      [...id.slice(0, 10)].reduce((ms, char) => ms * 32 + "0123456789ABCDEFGHJKMNPQRSTVWXYZ".indexOf(char), 0)
    const before = Date.now()
    const first = generateId()
    const after = Date.now()
    assert.ok(decodeTime(first) >= before && decodeTime(first) <= after, `${first} is not of ${before}..${after}`)
    await new Promise((resolve) => setTimeout(resolve, 2))
    const later = generateId()
    assert.ok(decodeTime(later) > decodeTime(first))
    assert.notEqual(later.slice(10, 25), first.slice(10, 25), "a new millisecond reseeds the random part")
  })
})

describe("linkableKey", () => {
  it("is the snake entity name followed by the primary key", () => {
    assert.equal(linkableKey("BlogPost", "id"), "blog_post_id")
    assert.equal(linkableKey("ProductVariant", "sku"), "product_variant_sku")
  })
})
