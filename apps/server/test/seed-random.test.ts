import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { createRandom } from "../src/seed/random.js"
import { seedId } from "../src/seed/seed-ids.js"

describe("seed ids and pseudo-random streams", () => {
  test("seedId is a prefixed ULID that never depends on the clock", () => {
    assert.equal(seedId("prod", 0), "prod_01HK153X00WMP487X4P4MTP51D")
    assert.match(seedId("order", 9_999), /^order_[0-9A-HJKMNP-TV-Z]{26}$/)
    assert.ok(seedId("prod", 1) > seedId("prod", 0), "ids sort in ordinal order")
    assert.notEqual(seedId("prod", 1).slice(-16), seedId("variant", 1).slice(-16))
  })

  test("a named stream repeats itself and differs from other streams", () => {
    const draw = (name: string) => {
      const random = createRandom(name)
      return Array.from({ length: 5 }, () => random.int(1, 1_000_000))
    }
    assert.deepEqual(draw("orders"), draw("orders"))
    assert.notDeepEqual(draw("orders"), draw("products"))
  })

  test("values stay in range and weights are honoured", () => {
    const random = createRandom("ranges")
    const rolls = Array.from({ length: 10_000 }, () => random.int(3, 5))
    assert.deepEqual([...new Set(rolls)].sort(), [3, 4, 5])
    const picks = Array.from({ length: 10_000 }, () => random.weighted({ often: 9, rarely: 1 }))
    const often = picks.filter((pick) => pick === "often").length
    assert.ok(often > 8_700 && often < 9_300, `"often" drawn ${often} times of 10000`)
  })
})
