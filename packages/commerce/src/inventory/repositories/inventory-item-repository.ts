import {
  MedusaError,
  MedusaRepository,
  Repository,
  type Context,
  type Filters,
  type Manager,
  type Row,
} from "@stratum/framework/utils"
import { InventoryItem } from "../models/inventory-item.js"
import { assertQuantity } from "../quantities.js"
import { belowReserved } from "../stock-errors.js"
import type { InventoryItemDTO } from "../types.js"

const LEVEL_FIELDS = ["quantity", "reserved_quantity"] as const

function touchesLevels(row: Row): boolean {
  return LEVEL_FIELDS.some((field) => row[field] !== undefined)
}

function assertStaticLevels(row: Row): void {
  for (const field of LEVEL_FIELDS) {
    if (row[field] !== undefined) assertQuantity(`InventoryItem.${field}`, row[field], 0)
  }
}

/**
 * Inventory items' data access: every write keeps `0 <= reserved_quantity <= quantity`. Updates that
 * set levels lock the rows first (`SELECT ... FOR UPDATE`), check the result against the locked values
 * and only then write, so the guide's `adjustInventory` cannot set stock below what is reserved, even
 * while reservations run concurrently. Refusals are invalid_data and write nothing.
 *
 * @example
 * await inventory.updateInventoryItems(item.id, { quantity: -1 }) // invalid_data, nothing written
 */
@Repository(InventoryItem)
export class InventoryItemRepository extends MedusaRepository<InventoryItemDTO> {
  override create(data: Row[], context?: Context): Promise<InventoryItemDTO[]> {
    for (const row of data) {
      if (row.reservations !== undefined) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "InventoryItem.reservations cannot be created with the item; reserve stock with reserve() or createInventoryReservations",
        )
      }
      assertStaticLevels(row)
      const quantity = typeof row.quantity === "number" ? row.quantity : 0
      const reserved = typeof row.reserved_quantity === "number" ? row.reserved_quantity : 0
      if (reserved > quantity) throw belowReserved(String(row.id ?? row.sku ?? "(new)"), quantity, reserved)
    }
    return super.create(data, context)
  }

  override async updateById(rows: Row[], context?: Context): Promise<InventoryItemDTO[]> {
    if (!rows.some(touchesLevels)) return super.updateById(rows, context)
    rows.forEach(assertStaticLevels)
    return this.managerFor(context).transaction(async (transactionManager) => {
      await this.assertLockedLevels(transactionManager, rows.filter(touchesLevels))
      return super.updateById(rows, context)
    })
  }

  override async update(updates: { selector: Filters; data: Row }[], context?: Context): Promise<InventoryItemDTO[]> {
    if (!updates.some((update) => touchesLevels(update.data))) return super.update(updates, context)
    return this.managerFor(context).transaction(async () => {
      const rows: Row[] = []
      for (const { selector, data } of updates) {
        const matched = await this.find(selector, { select: ["id"] }, context)
        for (const { id } of matched) rows.push({ ...data, id })
      }
      return rows.length === 0 ? [] : this.updateById(rows, context)
    })
  }

  override async upsert(data: Row[], context?: Context): Promise<InventoryItemDTO[]> {
    data.forEach(assertStaticLevels)
    return this.managerFor(context).transaction(async (transactionManager) => {
      await this.assertLockedLevels(
        transactionManager,
        data.filter((row) => typeof row.id === "string" && touchesLevels(row)),
      )
      return super.upsert(data, context)
    })
  }

  private managerFor(context?: Context): Manager {
    return context?.transactionManager ?? this.manager
  }

  /** Locks the existing rows in id order and refuses levels that would leave fewer units than reserved. */
  private async assertLockedLevels(manager: Manager, rows: Row[]): Promise<void> {
    const ids = [...new Set(rows.map((row) => row.id).filter((id): id is string => typeof id === "string"))].sort()
    if (ids.length === 0) return
    const current = await manager.query<{ id: string; quantity: number; reserved_quantity: number }>(
      "select id, quantity, reserved_quantity from inventory_items where id = any($1::text[]) order by id for update",
      [ids],
    )
    const byId = new Map(current.map((row) => [row.id, row]))
    for (const row of rows) {
      const existing = byId.get(String(row.id))
      if (existing === undefined) continue
      const quantity = typeof row.quantity === "number" ? row.quantity : existing.quantity
      const reserved = typeof row.reserved_quantity === "number" ? row.reserved_quantity : existing.reserved_quantity
      if (reserved > quantity) throw belowReserved(existing.id, quantity, reserved)
    }
  }
}
