import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import { deleteRows, insertRows, softDeleteRows, upsertRows } from "../../../../src/modules/sql/write/index.js"
import { writeHarness, type WriteHarness } from "./harness.js"

type Row = Record<string, unknown>

let h: WriteHarness
before(async () => {
  h = await writeHarness()
})
after(() => h?.close())

describe("deleteRows", () => {
  it("hard-deletes in one statement, soft-deleted rows included, children by the database cascade", async () => {
    const rows = await insertRows(h.ctx(), "Product", [
      { title: "hard-1", variants: [{ sku: "a" }] },
      { title: "hard-2" },
      { title: "hard-keep" },
    ])
    await softDeleteRows(h.ctx(), "Product", { id: rows[1]?.["id"] })
    const [deleted, statements] = await h.statements(() =>
      deleteRows(h.ctx(), "Product", { title: ["hard-1", "hard-2"] }),
    )
    assert.equal(statements.length, 1)
    assert.deepEqual(deleted.sort(), [rows[0]?.["id"], rows[1]?.["id"]].sort())
    assert.equal((await h.query("select 1 from product where title like 'hard-%'")).length, 1)
    assert.equal((await h.query("select 1 from variant where sku = 'a'")).length, 0)
  })
})

describe("upsertRows", () => {
  it("updates existing rows by key and inserts the others, in input order", async () => {
    const [existing] = (await insertRows(h.ctx(), "Tag", [{ value: "old" }])) as [Row]
    const [rows, statements] = await h.statements(() =>
      upsertRows(h.ctx(), "Tag", [
        { value: "new-1" },
        { id: existing["id"], value: "renamed" },
        { id: "tag_given", value: "new-2" },
      ]),
    )
    assert.equal(statements.length, 3, statements.join("\n"))
    assert.deepEqual(
      rows.map((row) => row["value"]),
      ["new-1", "renamed", "new-2"],
    )
    assert.equal(rows[1]?.["id"], existing["id"])
    assert.equal(rows[2]?.["id"], "tag_given")
    assert.equal((await h.query("select 1 from tag")).length, 3)
  })

  it("validates every row and writes nothing when one is bad", async () => {
    const [existing] = (await insertRows(h.ctx(), "Tag", [{ value: "safe" }])) as [Row]
    await assert.rejects(upsertRows(h.ctx(), "Tag", [{ id: existing["id"], value: "changed" }, { value: 3 }]), {
      type: "invalid_data",
    })
    const [row] = await h.query("select value from tag where id = $1", [existing["id"]])
    assert.equal(row?.["value"], "safe")
  })
})
