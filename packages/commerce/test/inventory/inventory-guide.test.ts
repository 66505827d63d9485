import assert from "node:assert/strict"
import { after, before, beforeEach, describe, test } from "node:test"
import { createTestApp, type TestApp } from "@stratum/framework/testing"
import InventoryModule, { type InventoryModuleService } from "../../src/inventory/index.js"
import { rejection } from "./support.js"

describe("inventory module: the guide's adjustInventory", () => {
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

  test("sets the quantity and records a movement with the reason, in one transaction", async () => {
    const item = await inventory.createInventoryItems({ variant_id: "variant_1", sku: "SKU-1", quantity: 10 })
    assert.deepEqual(await inventory.adjustInventory(item.id, 7, "stock count"), { success: true })
    const updated = await inventory.retrieveInventoryItem(item.id, { relations: ["movements"] })
    assert.equal(updated.quantity, 7)
    assert.deepEqual(
      updated.movements?.map((m) => [m.quantity, m.reason]),
      [[7, "stock count"]],
    )
    assert.ok(updated.movements?.[0]?.created_at instanceof Date)
  })

  test("a missing item is not_found and records no movement", async () => {
    const error = await rejection(inventory.adjustInventory("iitem_missing", 3, "lost"))
    assert.equal(error.type, "not_found")
    assert.equal(await inventory.listInventoryMovements({}, { count: true }), 0)
  })

  test("a negative quantity is invalid_data and writes nothing", async () => {
    const item = await inventory.createInventoryItems({ sku: "SKU-2", quantity: 5 })
    const error = await rejection(inventory.adjustInventory(item.id, -1, "typo"))
    assert.equal(error.type, "invalid_data")
    assert.match(error.message, /quantity/)
    assert.equal((await inventory.retrieveInventoryItem(item.id)).quantity, 5)
    assert.equal(await inventory.listInventoryMovements({}, { count: true }), 0)
  })

  test("a quantity below what is reserved is invalid_data and writes nothing", async () => {
    const item = await inventory.createInventoryItems({ sku: "SKU-3", quantity: 10 })
    await inventory.reserve(item.id, 6)
    const error = await rejection(inventory.adjustInventory(item.id, 5, "recount"))
    assert.equal(error.type, "invalid_data")
    assert.match(error.message, /5 units on hand but 6 are reserved/)
    assert.deepEqual(await inventory.retrieveInventoryLevels(item.id), {
      id: item.id,
      quantity: 10,
      reserved_quantity: 6,
      available_quantity: 4,
    })
    assert.equal(await inventory.listInventoryMovements({}, { count: true }), 0)
    await inventory.adjustInventory(item.id, 6, "recount")
    assert.equal((await inventory.retrieveInventoryItem(item.id)).quantity, 6)
  })

  test("items are unique per variant and sku among live items; levels are validated on create", async () => {
    await inventory.createInventoryItems({ variant_id: "variant_9", sku: "SKU-9", quantity: 1 })
    assert.equal((await rejection(inventory.createInventoryItems({ variant_id: "variant_9" }))).type, "duplicate_error")
    assert.equal((await rejection(inventory.createInventoryItems({ sku: "x", quantity: -3 }))).type, "invalid_data")
    assert.equal(
      (await rejection(inventory.createInventoryItems({ sku: "y", quantity: 1, reserved_quantity: 2 }))).type,
      "invalid_data",
    )
    assert.equal(
      (await rejection(inventory.createInventoryItems({ sku: "z", quantity: 5, reservations: [{ quantity: 1 }] })))
        .type,
      "invalid_data",
    )
    assert.equal(await inventory.listInventoryItems({}, { count: true }), 1)
  })
})
