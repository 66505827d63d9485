import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
  Module,
  model,
} from "../../src/utils.js"
import type { Context } from "../../src/context/shared-context.js"
import type { StatementEvent } from "../../src/database/statement-monitor.js"
import { MedusaError } from "../../src/errors/medusa-error.js"
import { createTestApp, type TestApp } from "../../src/testing/create-test-app.js"
import InventoryModule, { type InventoryService } from "./fixtures/inventory/index.js"
import OrderModule, { type OrderService } from "./fixtures/order/index.js"

const Note = model.define("note", {
  id: model.id({ prefix: "note" }).primaryKey(),
  text: model.text(),
})

class NoteService extends MedusaService({ Note }) {
  @InjectManager()
  async outer(texts: string[], failAfter: boolean, @MedusaContext() sharedContext: Context = {}) {
    return this.inner(texts, failAfter, sharedContext)
  }

  @InjectTransactionManager()
  protected async inner(texts: string[], failAfter: boolean, @MedusaContext() sharedContext: Context = {}) {
    await this.createNotes(
      texts.map((text) => ({ text })),
      sharedContext,
    )
    if (failAfter) throw new Error("inner failed")
    return sharedContext.transactionManager?.isInTransaction
  }

  @InjectTransactionManager()
  async isolation(@MedusaContext() sharedContext: Context = {}) {
    const [row] = await sharedContext.transactionManager!.query<{ transaction_isolation: string }>(
      "show transaction_isolation",
    )
    return row?.transaction_isolation
  }
}

const NoteModule = Module("notes", { service: NoteService })

describe("transactions as the guide uses them", () => {
  let app: TestApp
  let orders: OrderService
  let inventory: InventoryService
  let notes: NoteService
  before(async () => {
    app = await createTestApp({ modules: [OrderModule, InventoryModule, NoteModule] })
    orders = app.container.resolve<OrderService>("order")
    inventory = app.container.resolve<InventoryService>("inventory")
    notes = app.container.resolve<NoteService>("notes")
  })
  after(() => app?.close())

  const order = (items: { quantity: number }[]) => ({
    customer_id: "cus_1",
    currency_code: "usd",
    region_id: "reg_1",
    items: items.map((item, i) => ({
      product_id: `prod_${i}`,
      variant_id: `variant_${i}`,
      quantity: item.quantity,
      unit_price: 1000,
    })),
  })

  test("createOrderWithItems creates the order and its items in one transaction", async () => {
    const statements: StatementEvent[] = []
    const stop = app.database.monitor.subscribe((event) => statements.push(event))
    const { order: created, items } = await orders.createOrderWithItems(
      order([{ quantity: 1 }, { quantity: 2 }, { quantity: 3 }]),
    )
    stop()
    assert.equal(items.length, 3)
    assert.ok(items.every((item) => item.order_id === created.id))
    const verbs = statements.map((s) => s.sql.trim().split(/\s+/)[0]?.toLowerCase())
    assert.equal(verbs.filter((v) => v === "begin").length, 1, "one transaction, joined by every call")
    assert.equal(verbs.at(-1), "commit")
  })

  test("createOrderWithItems is atomic although the guide never passes the transaction: one bad item undoes the order", async () => {
    const before = await orders.listOrders({}, { count: true })
    const error = await orders
      .createOrderWithItems(order([{ quantity: 1 }, { quantity: "two" as unknown as number }]))
      .catch((e: unknown) => e)
    assert.ok(MedusaError.isMedusaError(error))
    assert.equal(error.type, "invalid_data")
    assert.equal(await orders.listOrders({}, { count: true }), before)
    assert.equal(
      await orders.listOrderItems({ product_id: "prod_1" }, { count: true }),
      1,
      "only the first successful order's item",
    )
  })

  test("adjustInventory updates the item and records a movement in one transaction", async () => {
    const item = await inventory.createInventoryItems({ sku: "SKU-1", quantity: 10 })
    assert.deepEqual(await inventory.adjustInventory(item.id, 7, "recount"), { success: true })
    const updated = await inventory.retrieveInventoryItem(item.id, { relations: ["movements"] })
    assert.equal(updated.quantity, 7)
    assert.deepEqual(
      updated.movements?.map((m) => [m.quantity, m.reason]),
      [[7, "recount"]],
    )
  })

  test("adjustInventory on a missing item writes nothing", async () => {
    await assert.rejects(
      inventory.adjustInventory("iitem_missing", 3, "lost"),
      /InventoryItem with id "iitem_missing" not found/,
    )
    assert.equal(await inventory.listInventoryMovements({ reason: "lost" }, { count: true }), 0)
  })

  test("@InjectManager calling @InjectTransactionManager: a throw rolls back what the inner method wrote", async () => {
    assert.equal(await notes.outer(["kept"], false), true)
    await assert.rejects(notes.outer(["undone-1", "undone-2"], true), /inner failed/)
    const texts = (await notes.listNotes()).map((n) => n.text)
    assert.deepEqual(texts, ["kept"])
  })

  test("isolationLevel from the context is honoured", async () => {
    assert.equal(await notes.isolation({ isolationLevel: "serializable" }), "serializable")
    assert.equal(await notes.isolation(), "read committed")
  })

  test("Promise.all of writes inside one transaction all commit, or all roll back", async () => {
    await app.manager.transaction(async () => {
      await Promise.all(Array.from({ length: 10 }, (_, i) => notes.createNotes({ text: `parallel-${i}` })))
    })
    assert.equal(await notes.listNotes({ text: { $like: "parallel-%" } }, { count: true }), 10)
    await assert.rejects(
      app.manager.transaction(async () => {
        await Promise.all(Array.from({ length: 10 }, (_, i) => notes.createNotes({ text: `doomed-${i}` })))
        throw new Error("abort")
      }),
      /abort/,
    )
    assert.equal(await notes.listNotes({ text: { $like: "doomed-%" } }, { count: true }), 0)
  })
})
