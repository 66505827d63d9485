import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { countRows, findAndCountRows } from "../../../../src/modules/sql/read/index.js"
import { assertInvalid, ids, useReadFixture } from "../fixtures-read.js"

const fx = useReadFixture()

describe("countRows", () => {
  it("counts live rows matching the filters, soft-deleted ones with withDeleted", async () => {
    assert.equal(await countRows(fx.ctx, "Post", {}), 4)
    assert.equal(await countRows(fx.ctx, "Post", {}, { withDeleted: true }), 5)
    assert.equal(await countRows(fx.ctx, "Post", { status: "draft" }), 2)
    assert.equal(await countRows(fx.ctx, "Post", { comments: { id: ["c_1", "c_2"] } }), 1, "EXISTS: no duplicates")
    assert.equal(await countRows(fx.ctx, "Post", { q: "hello" }), 1)
  })

  it("rejects what findRows rejects", async () => {
    await assertInvalid(() => countRows(fx.ctx, "Post", { nope: 1 }), /^Unknown field "nope" on Post in filters/)
  })
})

describe("findAndCountRows", () => {
  it("returns the page and the count ignoring skip and take", async () => {
    const [[rows, count], statements] = await fx.statements(() =>
      findAndCountRows(fx.ctx, "Post", { status: "draft" }, { take: 1, skip: 1, relations: ["comments"] }),
    )
    assert.deepEqual(ids(rows), ["p_5"])
    assert.equal(count, 2)
    assert.equal(statements.length, 2)
  })

  it("counts past the last page", async () => {
    const [rows, count] = await findAndCountRows(fx.ctx, "Post", {}, { skip: 10, withDeleted: true })
    assert.deepEqual([rows, count], [[], 5])
  })
})
