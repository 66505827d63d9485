import assert from "node:assert/strict"
import { after, before, beforeEach, describe, test } from "node:test"
import { MedusaError } from "@stratum/framework/utils"
import { createTestApp, type TestApp } from "@stratum/framework/testing"
import InventoryModule, { type InventoryModuleService } from "../../src/inventory/index.js"
import { concurrently, rejection } from "./support.js"

describe("inventory module: no lost update, no oversell (medusajs/medusa#16569, #16502, #12401)", () => {
  let app: TestApp
  let inventory: InventoryModuleService
  before(async () => {
    app = await createTestApp({ modules: [InventoryModule] })
    inventory = app.container.resolve<InventoryModuleService>("inventory")
  })
  after(() => app?.close())
  beforeEach(async () => {
    await app.manager.query(
      "delete from inventory_reservations; delete from inventory_movements; delete from inventory_items",
    )
  })

  const liveReserved = async (itemId: string) => {
    const [row] = await app.manager.query<{ units: number | null; n: number }>(
      "select sum(quantity) as units, count(*) as n from inventory_reservations where item_id = $1 and deleted_at is null",
      [itemId],
    )
    return { units: row?.units ?? 0, count: row?.n ?? 0 }
  }

  test("50 concurrent reservations of 1 unit against 20 in stock: exactly 20 succeed", async () => {
    const item = await inventory.createInventoryItems({ sku: "HOT", quantity: 20 })
    const { fulfilled, rejected, ms } = await concurrently(50, () => inventory.reserve(item.id, 1))
    console.log(`# 50 concurrent reserve(1) on 20 units: ${fulfilled.length} ok, ${rejected.length} refused, ${ms} ms`)
    assert.equal(fulfilled.length, 20)
    assert.equal(rejected.length, 30)
    for (const error of rejected) {
      assert.ok(MedusaError.isMedusaError(error))
      assert.equal(error.type, "not_allowed")
      assert.equal(error.code, "insufficient_inventory")
    }
    assert.deepEqual(await inventory.retrieveInventoryLevels(item.id), {
      id: item.id,
      quantity: 20,
      reserved_quantity: 20,
      available_quantity: 0,
    })
    assert.deepEqual(await liveReserved(item.id), { units: 20, count: 20 })
  })

  test("50 concurrent +1 adjustments end at +50 with 50 movements", async () => {
    const item = await inventory.createInventoryItems({ sku: "RESTOCK", quantity: 5 })
    const { fulfilled, ms } = await concurrently(50, (i) => inventory.adjustBy(item.id, 1, `delivery ${i}`))
    console.log(`# 50 concurrent adjustBy(+1): ${fulfilled.length} ok, ${ms} ms`)
    assert.equal(fulfilled.length, 50)
    assert.equal((await inventory.retrieveInventoryItem(item.id)).quantity, 55)
    assert.equal(await inventory.listInventoryMovements({ item_id: item.id }, { count: true }), 50)
    const seen = fulfilled.map((levels) => levels.quantity).sort((a, b) => a - b)
    assert.deepEqual(
      seen,
      Array.from({ length: 50 }, (_, i) => 6 + i),
      "each adjustment saw the previous one's result",
    )
  })

  test("concurrent -1 adjustments never take stock below zero", async () => {
    const item = await inventory.createInventoryItems({ sku: "LAST", quantity: 10 })
    const { fulfilled, rejected } = await concurrently(30, () => inventory.adjustBy(item.id, -1, "sold offline"))
    assert.equal(fulfilled.length, 10)
    assert.equal(rejected.length, 20)
    assert.ok(rejected.every((e) => MedusaError.isMedusaError(e) && e.type === "invalid_data"))
    assert.equal((await inventory.retrieveInventoryItem(item.id)).quantity, 0)
    assert.equal(await inventory.listInventoryMovements({ item_id: item.id }, { count: true }), 10)
  })

  test("reservations, releases and removals racing each other keep 0 <= reserved <= quantity and the books balanced", async () => {
    const item = await inventory.createInventoryItems({ sku: "MIXED", quantity: 30 })
    const early = await Promise.all(Array.from({ length: 10 }, () => inventory.reserve(item.id, 1)))
    const outcomes = await concurrently(90, async (i) => {
      if (i % 3 === 0) return { kind: "reserve", result: await inventory.reserve(item.id, 2) }
      if (i % 3 === 1) return { kind: "remove", result: await inventory.adjustBy(item.id, -1, "shrinkage") }
      return { kind: "release", result: await inventory.release(early[Math.floor(i / 3) % 10]!.id) }
    })
    const ok = (kind: string) => outcomes.fulfilled.filter((o) => o.kind === kind).length
    const levels = await inventory.retrieveInventoryLevels(item.id)
    assert.ok(levels.reserved_quantity >= 0 && levels.reserved_quantity <= levels.quantity, JSON.stringify(levels))
    assert.equal(levels.quantity, 30 - ok("remove"))
    const live = await liveReserved(item.id)
    assert.equal(levels.reserved_quantity, live.units, "reserved_quantity equals the live reservations")
    assert.equal(live.units, 2 * ok("reserve"), "every early reservation released exactly once")
    assert.equal(await inventory.listInventoryMovements({ item_id: item.id }, { count: true }), ok("remove"))
  })

  test("the guide's adjustInventory racing reservations never leaves stock below the reserved quantity", async () => {
    const item = await inventory.createInventoryItems({ sku: "COUNT", quantity: 20 })
    const { fulfilled } = await concurrently<unknown>(40, (i) =>
      i % 2 === 0 ? inventory.reserve(item.id, 1) : inventory.adjustInventory(item.id, 8, "count"),
    )
    assert.ok(fulfilled.length >= 20, "every reservation that fit, and the counts that left room, went through")
    const levels = await inventory.retrieveInventoryLevels(item.id)
    assert.ok(levels.reserved_quantity <= levels.quantity, JSON.stringify(levels))
    assert.equal(levels.reserved_quantity, (await liveReserved(item.id)).units)
  })

  test("releasing the same reservation twice at once gives its units back once", async () => {
    const item = await inventory.createInventoryItems({ sku: "TWICE", quantity: 5 })
    const reservation = await inventory.reserve(item.id, 3)
    const { fulfilled } = await concurrently(10, () => inventory.release(reservation.id))
    assert.equal(fulfilled.length, 10)
    assert.deepEqual(await inventory.retrieveInventoryLevels(item.id), {
      id: item.id,
      quantity: 5,
      reserved_quantity: 0,
      available_quantity: 5,
    })
    assert.equal((await rejection(inventory.release("ires_missing"))).type, "not_found")
  })

  test("two lines of one batch on the same item are checked together; a refused batch writes nothing", async () => {
    const [a, b] = await inventory.createInventoryItems([
      { sku: "A", quantity: 3 },
      { sku: "B", quantity: 10 },
    ])
    const error = await rejection(
      inventory.createInventoryReservations([
        { item_id: b!.id, quantity: 2 },
        { item_id: a!.id, quantity: 2 },
        { item_id: a!.id, quantity: 2 },
      ]),
    )
    assert.equal(error.type, "not_allowed")
    assert.match(error.message, new RegExp(`${a!.id}: requested 4, available 3`))
    assert.equal((await inventory.retrieveInventoryItem(b!.id)).reserved_quantity, 0, "nothing reserved on b")
    assert.equal(await inventory.listInventoryReservations({}, { count: true }), 0)
    const ok = await inventory.createInventoryReservations([
      { item_id: a!.id, quantity: 1, line_item_id: "ordli_1" },
      { item_id: a!.id, quantity: 2, line_item_id: "ordli_2" },
      { item_id: b!.id, quantity: 4, line_item_id: "ordli_3" },
    ])
    assert.equal(ok.length, 3)
    assert.equal((await inventory.retrieveInventoryItem(a!.id)).reserved_quantity, 3)
    assert.equal((await inventory.retrieveInventoryItem(b!.id)).reserved_quantity, 4)
  })

  test("multi-item batches in opposite orders do not deadlock", async () => {
    const [a, b] = await inventory.createInventoryItems([
      { sku: "X", quantity: 100 },
      { sku: "Y", quantity: 100 },
    ])
    const { fulfilled, rejected } = await concurrently(40, (i) =>
      inventory.createInventoryReservations(
        i % 2 === 0
          ? [
              { item_id: a!.id, quantity: 1 },
              { item_id: b!.id, quantity: 1 },
            ]
          : [
              { item_id: b!.id, quantity: 1 },
              { item_id: a!.id, quantity: 1 },
            ],
      ),
    )
    assert.deepEqual(rejected, [])
    assert.equal(fulfilled.length, 40)
    assert.equal((await inventory.retrieveInventoryItem(a!.id)).reserved_quantity, 40)
    assert.equal((await inventory.retrieveInventoryItem(b!.id)).reserved_quantity, 40)
  })
})
