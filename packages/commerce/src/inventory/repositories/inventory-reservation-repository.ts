import {
  MedusaError,
  MedusaRepository,
  Repository,
  type Context,
  type Filters,
  type Manager,
  type Row,
} from "@stratum/framework/utils"
import { InventoryReservation } from "../models/inventory-reservation.js"
import { assertQuantity, sumBy } from "../quantities.js"
import { moveReserved, releaseReserved } from "../stock-sql.js"
import type { InventoryReservationDTO } from "../types.js"

type AffectedIds = Awaited<ReturnType<MedusaRepository["softDelete"]>>

interface LockedReservation {
  id: string
  item_id: string
  quantity: number
}

function invalid(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

function assertNewReservation(row: Row): { key: string; units: number } {
  if (typeof row.item_id !== "string" || row.item_id === "") {
    throw invalid("InventoryReservation.item_id is required: the id of the inventory item to reserve from")
  }
  assertQuantity("InventoryReservation.quantity", row.quantity, 1)
  return { key: row.item_id, units: row.quantity }
}

/**
 * Reservations' data access, keeping each item's `reserved_quantity` equal to the sum of its live
 * reservations: creating reserves stock first (all or nothing, never oversold: see `moveReserved`),
 * soft-deleting releases it, restoring reserves it again, resizing moves the difference, hard-deleting
 * releases what was still live. A second release of the same reservation releases nothing.
 *
 * @example
 * await inventory.createInventoryReservations([{ item_id: a, quantity: 2 }, { item_id: a, quantity: 1 }])
 * // one check for 3 units of a; not_allowed and nothing written if fewer are available
 */
@Repository(InventoryReservation)
export class InventoryReservationRepository extends MedusaRepository<InventoryReservationDTO> {
  override async create(data: Row[], context?: Context): Promise<InventoryReservationDTO[]> {
    const demand = sumBy(data.map(assertNewReservation))
    return this.managerFor(context).transaction(async (transactionManager) => {
      await moveReserved(transactionManager, demand)
      return super.create(data, context)
    })
  }

  override async updateById(rows: Row[], context?: Context): Promise<InventoryReservationDTO[]> {
    for (const row of rows) {
      if (row.item_id !== undefined || row.item !== undefined) {
        throw invalid(
          "InventoryReservation.item_id cannot change: release the reservation and reserve on the other item",
        )
      }
      if (row.quantity !== undefined) assertQuantity("InventoryReservation.quantity", row.quantity, 1)
    }
    const resized = rows.filter((row) => row.quantity !== undefined)
    if (resized.length === 0) return super.updateById(rows, context)
    return this.managerFor(context).transaction(async (transactionManager) => {
      const locked = await this.lock(
        transactionManager,
        resized.map((row) => String(row.id)),
        "live",
      )
      const before = new Map(locked.map((row) => [row.id, row]))
      const deltas = sumBy(
        resized.flatMap((row) => {
          const old = before.get(String(row.id))
          return old === undefined ? [] : [{ key: old.item_id, units: (row.quantity as number) - old.quantity }]
        }),
      )
      await moveReserved(transactionManager, deltas)
      return super.updateById(rows, context)
    })
  }

  override async update(
    updates: { selector: Filters; data: Row }[],
    context?: Context,
  ): Promise<InventoryReservationDTO[]> {
    if (!updates.some(({ data }) => data.quantity !== undefined || data.item_id !== undefined)) {
      return super.update(updates, context)
    }
    return this.managerFor(context).transaction(async () => {
      const rows: Row[] = []
      for (const { selector, data } of updates) {
        for (const { id } of await this.find(selector, { select: ["id"] }, context)) rows.push({ ...data, id })
      }
      return rows.length === 0 ? [] : this.updateById(rows, context)
    })
  }

  override upsert(): Promise<InventoryReservationDTO[]> {
    return Promise.reject(invalid("Reservations cannot be upserted: create them, or update their quantity by id"))
  }

  override async softDelete(filter: Filters, context?: Context): Promise<AffectedIds> {
    return this.managerFor(context).transaction(async (transactionManager) => {
      const affected = await super.softDelete(filter, context)
      await releaseReserved(transactionManager, affected[this.entityName] ?? [])
      return affected
    })
  }

  override async restore(filter: Filters, context?: Context): Promise<AffectedIds> {
    return this.managerFor(context).transaction(async (transactionManager) => {
      const candidates = await this.find(filter, { select: ["id"], withDeleted: true }, context)
      const locked = await this.lock(
        transactionManager,
        candidates.map((row) => row.id),
        "deleted",
      )
      if (locked.length === 0) return {}
      await moveReserved(transactionManager, sumBy(locked.map((row) => ({ key: row.item_id, units: row.quantity }))))
      return super.restore({ id: locked.map((row) => row.id) }, context)
    })
  }

  override async delete(filter: Filters, context?: Context): Promise<string[]> {
    return this.managerFor(context).transaction(async () => {
      await this.softDelete(filter, context)
      return super.delete(filter, context)
    })
  }

  private managerFor(context?: Context): Manager {
    return context?.transactionManager ?? this.manager
  }

  private lock(manager: Manager, ids: string[], state: "live" | "deleted"): Promise<LockedReservation[]> {
    if (ids.length === 0) return Promise.resolve([])
    return manager.query<LockedReservation>(
      `select id, item_id, quantity from inventory_reservations
       where id = any($1::text[]) and deleted_at is ${state === "live" ? "null" : "not null"} order by id for update`,
      [ids],
    )
  }
}
