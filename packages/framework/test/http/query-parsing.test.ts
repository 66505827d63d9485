import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { parseQueryString } from "../../src/http/validation/query-string.js"
import { isFieldAllowed, parseFields } from "../../src/http/validation/query-fields.js"
import { parseOrder } from "../../src/http/validation/query-order.js"
import { routePathFromFile } from "../../src/http/routing/route-path.js"
import { toExpressPattern } from "../../src/http/routing/matcher.js"

describe("query string, fields, order and route paths", () => {
  test("parseQueryString: repeated keys, [] arrays and brackets", () => {
    assert.deepEqual(parseQueryString("a=1&a=2&b[]=x&c[$gt]=5&d[e][f]=g"), {
      a: ["1", "2"],
      b: ["x"],
      c: { $gt: "5" },
      d: { e: { f: "g" } },
    })
    assert.throws(() => parseQueryString("a=1&a[b]=2"), /conflicts/)
    assert.throws(() => parseQueryString("constructor[prototype]=1"), /reserved/)
    assert.throws(() => parseQueryString("a]=1"), /malformed/)
    assert.throws(() => parseQueryString(Array.from({ length: 101 }, (_, i) => `k${i}=1`).join("&")), /more than 100/)
  })

  test("fields: relation allow-lists", () => {
    assert.equal(isFieldAllowed("variants.sku", ["variants"]), true)
    assert.equal(isFieldAllowed("variants.sku", ["variants.*"]), true)
    assert.equal(isFieldAllowed("variant", ["variants"]), false)
    assert.deepEqual(parseFields("-id", ["id", "title"], ["id", "title"]), ["title"])
    assert.throws(() => parseFields("*", ["id"], ["id"]), /'\*' is not an allowed field/)
  })

  test("order: nested relation fields and duplicates", () => {
    assert.deepEqual(parseOrder("variants.sku,-id", ["id", "variants.*"]), { variants: { sku: "ASC" }, id: "DESC" })
    assert.throws(() => parseOrder("id,-id", ["id"]), /appears twice/)
  })

  test("route paths: params, hidden folders, duplicate params", () => {
    assert.equal(routePathFromFile("admin/blog/posts/[id]/route.ts"), "/admin/blog/posts/:id")
    assert.equal(routePathFromFile("store/_private/route.ts"), undefined)
    assert.equal(routePathFromFile("route.ts"), "/")
    assert.throws(() => routePathFromFile("store/[id]/items/[id]/route.ts"), /parameter \[id\] twice/)
    assert.throws(() => routePathFromFile("store/[a-b]/route.ts"), /neither/)
  })

  test("matchers: Medusa wildcards become Express 5 patterns", () => {
    assert.equal(toExpressPattern("/store/*"), "/store{/*splat0}")
    assert.equal(toExpressPattern("/store/posts*"), "/store/posts{*splat0}")
    assert.equal(toExpressPattern("/store/:id"), "/store/:id")
  })
})
