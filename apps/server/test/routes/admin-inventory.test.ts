import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { seedCatalog, type Catalog } from "./support/catalog-fixture.js"
import { startRouteApp, type ErrorBody, type RouteApp } from "./support/route-app.js"

interface Levels {
  id: string
  quantity: number
  reserved_quantity: number
  available_quantity: number
  variant_id: string | null
}
interface LowStock {
  products: { id: string; variants: { sku: string; inventory_quantity: number }[] }[]
  count: number
  threshold: number
}

let api: RouteApp
let catalog: Catalog
before(async () => {
  api = await startRouteApp()
  catalog = await seedCatalog(api.app)
})
after(() => api?.close())

async function stock(itemId: string): Promise<{ quantity: number; movements: number; variant: number }> {
  const [row] = await api.app.manager.query<{ quantity: number; movements: number; variant: number }>(
    `select i.quantity,
       (select count(*)::int from inventory_movements m where m.item_id = i.id) as movements,
       (select v.inventory_quantity from product_variants v where v.id = i.variant_id) as variant
     from inventory_items i where i.id = $1`,
    [itemId],
  )
  assert.ok(row)
  return row
}

describe("POST /admin/inventory-items/:id/adjust", () => {
  test("adds and removes stock, records each movement, and mirrors the level to the variant", async () => {
    const added = await api.post<{ inventory_item: Levels }>(`/admin/inventory-items/${catalog.inventory.mug}/adjust`, {
      adjustment: 12,
      reason: "restock",
    })
    assert.equal(added.status, 200)
    assert.deepEqual(added.body.inventory_item, {
      id: catalog.inventory.mug,
      quantity: 20,
      reserved_quantity: 0,
      available_quantity: 20,
      variant_id: catalog.variants.mug,
    })
    const removed = await api.post<{ inventory_item: Levels }>(
      `/admin/inventory-items/${catalog.inventory.mug}/adjust`,
      { adjustment: -5, reason: "damaged" },
    )
    assert.equal(removed.body.inventory_item.quantity, 15)
    assert.deepEqual(await stock(catalog.inventory.mug), { quantity: 15, movements: 2, variant: 15 })
  })

  test("concurrent adjustments all count", async () => {
    const before = await stock(catalog.inventory.shirtM)
    const replies = await Promise.all(
      Array.from({ length: 10 }, () =>
        api.post(`/admin/inventory-items/${catalog.inventory.shirtM}/adjust`, { adjustment: 1, reason: "count" }),
      ),
    )
    assert.ok(replies.every((reply) => reply.status === 200))
    assert.deepEqual(await stock(catalog.inventory.shirtM), {
      quantity: before.quantity + 10,
      movements: before.movements + 10,
      variant: before.quantity + 10,
    })
  })

  test("going below zero is a 400 naming adjustment, and nothing is written", async () => {
    const before = await stock(catalog.inventory.shirtS)
    const { status, body } = await api.post<ErrorBody>(`/admin/inventory-items/${catalog.inventory.shirtS}/adjust`, {
      adjustment: -(before.quantity + 1),
      reason: "oops",
    })
    assert.equal(status, 400)
    assert.match(body.message, /field 'adjustment': .*cannot be adjusted/)
    assert.deepEqual(await stock(catalog.inventory.shirtS), before)
  })

  test("bad bodies are 400s and an unknown item a 404", async () => {
    const path = `/admin/inventory-items/${catalog.inventory.shirtS}/adjust`
    const cases: [unknown, RegExp][] = [
      [{ adjustment: 0, reason: "x" }, /field 'adjustment': must be a non-zero integer/],
      [{ adjustment: 1.5, reason: "x" }, /field 'adjustment': must be a non-zero integer/],
      [{ adjustment: 1 }, /field 'reason'/],
      [{ adjustment: 1, reason: "  " }, /field 'reason': must say why/],
      [{ adjustment: 1, reason: "x", quantity: 3 }, /unknown field 'quantity'/],
    ]
    for (const [body, message] of cases) {
      const reply = await api.post<ErrorBody>(path, body)
      assert.equal(reply.status, 400, JSON.stringify(body))
      assert.match(reply.body.message, message)
    }
    const missing = await api.post<ErrorBody>("/admin/inventory-items/iitem_missing/adjust", {
      adjustment: 1,
      reason: "x",
    })
    assert.equal(missing.status, 404)
  })
})

describe("GET /admin/inventory-items/low-stock", () => {
  test("lists products with only their variants under the threshold, in one statement", async () => {
    const { status, body, statements } = await api.get<LowStock>("/admin/inventory-items/low-stock?threshold=5")
    assert.equal(status, 200)
    assert.equal(statements, 1)
    assert.equal(body.threshold, 5)
    const skus = body.products.flatMap((p) => p.variants.map((v) => `${v.sku}:${v.inventory_quantity}`)).sort()
    assert.deepEqual(skus, ["POSTER:1", "SHIRT-S:3"])
    assert.equal(body.count, 2)
  })

  test("a bad threshold is a 400", async () => {
    const { status, body } = await api.get<ErrorBody>("/admin/inventory-items/low-stock?threshold=zero")
    assert.equal(status, 400)
    assert.match(body.message, /query parameter 'threshold': must be an integer/)
  })
})
