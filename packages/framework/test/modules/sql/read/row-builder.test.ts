import assert from "node:assert/strict"
import { execFileSync } from "node:child_process"
import { describe, it } from "node:test"
import { rowBuilder } from "../../../../src/modules/sql/read/row-builder.js"

describe("rowBuilder: rows from JSON arrays by position", () => {
  it("names each value by its field, converts where asked, and reads a missing value as null", () => {
    const build = rowBuilder([
      { name: "id" },
      { name: "rank", convert: (value) => (typeof value === "string" ? Number(value) : value) },
      { name: "note" },
    ])
    assert.deepEqual(build(["v_1", "NaN"]), { id: "v_1", rank: Number.NaN, note: null })
    assert.deepEqual(build(["v_2", 3, undefined]), { id: "v_2", rank: 3, note: null })
    assert.deepEqual(Object.keys(build(["v_3", 1, "x"])), ["id", "rank", "note"])
  })

  it("keeps any field name as a plain own property, quotes, escapes and __proto__ included", () => {
    const names = ['say "hi"', "back\\slash", "line\nbreak", "a-b", "constructor", "1st", "", "\u2028"]
    const values = names.map((_, index) => index)
    assert.deepEqual(
      rowBuilder(names.map((name) => ({ name })))(values),
      Object.fromEntries(names.map((name, index) => [name, index])),
    )
    const withProto = rowBuilder([{ name: "id" }, { name: "__proto__" }])(["x", { polluted: true }])
    assert.equal(Object.getPrototypeOf(withProto), Object.prototype)
    assert.deepEqual(Object.getOwnPropertyDescriptor(withProto, "__proto__")?.value, { polluted: true })
    assert.equal((withProto as { polluted?: boolean }).polluted, undefined)
  })

  it("builds the same rows in a process that forbids code generation", () => {
    const script = `
      import { rowBuilder } from ${JSON.stringify(new URL("../../../../src/modules/sql/read/row-builder.ts", import.meta.url).href)}
      const build = rowBuilder([{ name: "id" }, { name: "n", convert: (value) => Number(value) }])
      process.stdout.write(JSON.stringify(build(["v_1", "2"])))`
    const output = execFileSync(
      process.execPath,
      ["--disallow-code-generation-from-strings", "--import", "tsx", "--input-type=module", "-e", script],
      { encoding: "utf8" },
    )
    assert.deepEqual(JSON.parse(output), { id: "v_1", n: 2 })
  })

  it("builds a new object per call", () => {
    const build = rowBuilder([{ name: "id" }])
    const first = build(["a"])
    const second = build(["a"])
    assert.notEqual(first, second)
    first["id"] = "changed"
    assert.equal(second["id"], "a")
  })
})
