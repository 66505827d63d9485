import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { test } from "node:test"
import { renderServiceDeclarations } from "../../src/modules/service-declarations.js"

test("the committed type-test declarations are what the generator writes", () => {
  const committed = readFileSync(new URL("./types/stratum-env.d.ts", import.meta.url), "utf8")
  assert.equal(committed, renderServiceDeclarations(["BlogPost", "Comment"], "../../../src/utils.js"))
})

test("declares the runtime plural next to the regular one for irregular keys", () => {
  const text = renderServiceDeclarations(["Person"])
  assert.match(text, /listPersons\(filters\?/)
  assert.match(text, /listPeople\(filters\?/)
  assert.match(text, /retrievePerson\(id: string/)
})
