import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { tokenizeFragment } from "../../../src/modules/query-builder/fragment-tokenizer.js"

describe("tokenizeFragment", () => {
  test("splits columns, parameters and pass-through SQL", () => {
    assert.deepEqual(tokenizeFragment("price.amount BETWEEN :minPrice AND :maxPrice"), [
      { kind: "column", alias: "price", property: "amount" },
      { kind: "sql", text: " BETWEEN " },
      { kind: "parameter", name: "minPrice", spread: false },
      { kind: "sql", text: " AND " },
      { kind: "parameter", name: "maxPrice", spread: false },
    ])
  })

  test("spread parameters, quoted identifiers and alias.*", () => {
    assert.deepEqual(tokenizeFragment(`"product"."title" IN (:...titles) AND count(v.*) > 0`), [
      { kind: "column", alias: "product", property: "title" },
      { kind: "sql", text: " IN (" },
      { kind: "parameter", name: "titles", spread: true },
      { kind: "sql", text: ") AND count(" },
      { kind: "column", alias: "v", property: "*" },
      { kind: "sql", text: ") > 0" },
    ])
  })

  test("literals, casts, numbers, escape strings, dollar quotes and qualified functions pass through", () => {
    const fragment = `x::text = 'a.b :c' AND y = E'it\\'s :d' AND z = $$ :e $$ AND 1.5e3 > 2 AND pg_catalog.lower(t) = ''`
    assert.deepEqual(tokenizeFragment(fragment), [{ kind: "sql", text: fragment }])
  })

  test("comments are dropped", () => {
    assert.deepEqual(tokenizeFragment("a = 1 /* x.y :z */ -- p.q\n"), [{ kind: "sql", text: "a = 1    " }])
  })
})
