import assert from "node:assert/strict"
import { after, before, beforeEach, describe, test } from "node:test"
import { createTestApp, type TestApp } from "@stratum/framework/testing"
import InventoryModule, { type InventoryModuleService } from "../../src/inventory/index.js"
import { rejection } from "./support.js"

describe("inventory module: reservations and adjustments", () => {
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

  const levels = (id: string) => inventory.retrieveInventoryLevels(id)

  test("reserve holds units; release gives them back", async () => {
    const item = await inventory.createInventoryItems({ sku: "R", quantity: 10 })
    const reservation = await inventory.reserve(item.id, 4, { line_item_id: "ordli_1", description: "order 1" })
    assert.match(reservation.id, /^ires_/)
    assert.equal(reservation.line_item_id, "ordli_1")
    assert.deepEqual(await levels(item.id), { id: item.id, quantity: 10, reserved_quantity: 4, available_quantity: 6 })
    const after = await inventory.release(reservation.id)
    assert.deepEqual(after, { id: item.id, quantity: 10, reserved_quantity: 0, available_quantity: 10 })
  })

  test("bad reservations are refused before anything is written", async () => {
    const item = await inventory.createInventoryItems({ sku: "B", quantity: 10 })
    assert.equal((await rejection(inventory.reserve(item.id, 0))).type, "invalid_data")
    assert.equal((await rejection(inventory.reserve(item.id, 1.5))).type, "invalid_data")
    assert.equal((await rejection(inventory.reserve(item.id, 11))).type, "not_allowed")
    assert.equal((await rejection(inventory.reserve("iitem_missing", 1))).type, "not_found")
    assert.equal(
      (await rejection(inventory.createInventoryReservations({ quantity: 1 } as never))).type,
      "invalid_data",
    )
    assert.equal(await inventory.listInventoryReservations({}, { count: true }), 0)
    assert.equal((await levels(item.id)).reserved_quantity, 0)
  })

  test("fulfillReservation ships the units: stock and reserved both drop, a movement is recorded", async () => {
    const item = await inventory.createInventoryItems({ sku: "F", quantity: 10 })
    const reservation = await inventory.reserve(item.id, 3)
    assert.deepEqual(await inventory.fulfillReservation(reservation.id), {
      id: item.id,
      quantity: 7,
      reserved_quantity: 0,
      available_quantity: 7,
    })
    const [movement] = await inventory.listInventoryMovements({ item_id: item.id })
    assert.equal(movement?.quantity, -3)
    assert.match(movement?.reason ?? "", /fulfilled reservation/)
    assert.equal((await rejection(inventory.fulfillReservation(reservation.id))).type, "not_found")
  })

  test("resizing a reservation moves the difference, never past the available stock", async () => {
    const item = await inventory.createInventoryItems({ sku: "S", quantity: 10 })
    const reservation = await inventory.reserve(item.id, 2)
    await inventory.updateInventoryReservations(reservation.id, { quantity: 7 })
    assert.equal((await levels(item.id)).reserved_quantity, 7)
    assert.equal(
      (await rejection(inventory.updateInventoryReservations(reservation.id, { quantity: 11 }))).type,
      "not_allowed",
    )
    await inventory.updateInventoryReservations({ selector: { id: reservation.id }, data: { quantity: 1 } })
    assert.equal((await levels(item.id)).reserved_quantity, 1)
    assert.equal((await inventory.retrieveInventoryReservation(reservation.id)).quantity, 1)
    assert.equal(
      (await rejection(inventory.updateInventoryReservations(reservation.id, { item_id: "iitem_other" }))).type,
      "invalid_data",
    )
  })

  test("restoring a released reservation reserves again, and is refused when the units are gone", async () => {
    const item = await inventory.createInventoryItems({ sku: "RS", quantity: 5 })
    const reservation = await inventory.reserve(item.id, 3)
    await inventory.release(reservation.id)
    await inventory.restoreInventoryReservations(reservation.id)
    assert.equal((await levels(item.id)).reserved_quantity, 3)
    await inventory.release(reservation.id)
    await inventory.reserve(item.id, 4)
    assert.equal((await rejection(inventory.restoreInventoryReservations(reservation.id))).type, "not_allowed")
    assert.equal(await inventory.listInventoryReservations({ id: reservation.id }, { count: true }), 0)
    assert.equal((await levels(item.id)).reserved_quantity, 4)
  })

  test("hard-deleting a live reservation releases it; deleting a released one releases nothing", async () => {
    const item = await inventory.createInventoryItems({ sku: "D", quantity: 5 })
    const [one, two] = await inventory.createInventoryReservations([
      { item_id: item.id, quantity: 1 },
      { item_id: item.id, quantity: 2 },
    ])
    await inventory.release(one!.id)
    await inventory.deleteInventoryReservations([one!.id, two!.id])
    assert.equal((await levels(item.id)).reserved_quantity, 0)
    assert.equal(await inventory.listInventoryReservations({}, { count: true, withDeleted: true }), 0)
  })

  test("adjustBy adds and removes with a movement each; zero, fractions and going negative are invalid_data", async () => {
    const item = await inventory.createInventoryItems({ sku: "A", quantity: 2 })
    assert.equal((await inventory.adjustBy(item.id, 5, "delivery")).quantity, 7)
    assert.equal((await inventory.adjustBy(item.id, -3, "damaged")).quantity, 4)
    await inventory.reserve(item.id, 3)
    const error = await rejection(inventory.adjustBy(item.id, -2, "theft"))
    assert.equal(error.type, "invalid_data")
    assert.match(error.message, /2 units on hand but 3 are reserved/)
    assert.equal((await rejection(inventory.adjustBy(item.id, -10, "x"))).type, "invalid_data")
    assert.equal((await rejection(inventory.adjustBy(item.id, 0, "x"))).type, "invalid_data")
    assert.equal((await rejection(inventory.adjustBy(item.id, 0.5, "x"))).type, "invalid_data")
    assert.equal((await rejection(inventory.adjustBy(item.id, 1, ""))).type, "invalid_data")
    assert.equal((await rejection(inventory.adjustBy("iitem_missing", 1, "x"))).type, "not_found")
    const movements = await inventory.listInventoryMovements({ item_id: item.id }, { order: { created_at: "ASC" } })
    assert.deepEqual(
      movements.map((m) => [m.quantity, m.reason]),
      [
        [5, "delivery"],
        [-3, "damaged"],
      ],
    )
    assert.equal((await levels(item.id)).quantity, 4)
  })

  test("a failure later in the caller's transaction undoes the reservation", async () => {
    const item = await inventory.createInventoryItems({ sku: "T", quantity: 5 })
    await assert.rejects(
      app.manager.transaction(async () => {
        await inventory.reserve(item.id, 2)
        await inventory.adjustBy(item.id, 1, "restock")
        throw new Error("payment failed")
      }),
      /payment failed/,
    )
    assert.deepEqual(await levels(item.id), { id: item.id, quantity: 5, reserved_quantity: 0, available_quantity: 5 })
    assert.equal(await inventory.listInventoryReservations({}, { count: true }), 0)
    assert.equal(await inventory.listInventoryMovements({}, { count: true }), 0)
  })

  test("soft-deleting an item takes its reservations and movements with it; restore brings them back", async () => {
    const item = await inventory.createInventoryItems({ sku: "DEL", quantity: 5 })
    await inventory.reserve(item.id, 2)
    await inventory.adjustBy(item.id, 1, "found one")
    const deleted = await inventory.softDeleteInventoryItems(item.id)
    assert.equal(deleted.inventory_reservation_id?.length, 1)
    assert.equal(deleted.inventory_movement_id?.length, 1)
    assert.equal((await rejection(inventory.reserve(item.id, 1))).type, "not_found")
    await inventory.restoreInventoryItems(item.id)
    assert.deepEqual(await levels(item.id), { id: item.id, quantity: 6, reserved_quantity: 2, available_quantity: 4 })
  })
})
