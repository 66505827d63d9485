import { MedusaError, type Manager } from "@stratum/framework/utils"
import { insufficientStock, itemNotFound } from "./stock-errors.js"
import type { InventoryLevels } from "./types.js"

interface LockedLevels {
  id: string
  available: number
  reserved_quantity: number
}

/**
 * Moves `reserved_quantity` of items by signed deltas, all or nothing, never past the stock on hand
 * nor below zero. One item: a single conditional UPDATE (`... WHERE quantity - reserved_quantity >= $2`),
 * which concurrent callers queue on and re-check against the committed row, so no update is lost and
 * nothing is oversold under READ COMMITTED. Several items: the rows are locked in id order
 * (`SELECT ... ORDER BY id FOR UPDATE`, so multi-item reservations cannot deadlock), checked, then
 * updated in one statement. Must run inside a transaction. Throws not_found / not_allowed otherwise.
 *
 * @example
 * await moveReserved(manager, new Map([["iitem_1", 2]]))
 * // UPDATE inventory_items SET reserved_quantity = reserved_quantity + $2
 * //   WHERE id = $1 AND deleted_at IS NULL AND quantity - reserved_quantity >= $2 AND reserved_quantity + $2 >= 0
 */
export async function moveReserved(manager: Manager, deltas: Map<string, number>): Promise<void> {
  const ids = [...deltas.keys()].sort()
  const [only] = ids
  if (only === undefined) return
  if (ids.length === 1) {
    const delta = deltas.get(only) ?? 0
    const updated = await manager.query(
      `update inventory_items set reserved_quantity = reserved_quantity + $2, updated_at = now()
       where id = $1 and deleted_at is null and quantity - reserved_quantity >= $2 and reserved_quantity + $2 >= 0
       returning id`,
      [only, delta],
    )
    if (updated.length === 1) return
    const levels = await readLevels(manager, only)
    throw explainRefusal(deltas, levels === undefined ? [] : [{ ...levels, available: levels.available_quantity }])
  }
  const locked = await manager.query<LockedLevels>(
    `select id, quantity - reserved_quantity as available, reserved_quantity from inventory_items
     where id = any($1::text[]) and deleted_at is null order by id for update`,
    [ids],
  )
  const fits = (row: LockedLevels) => {
    const delta = deltas.get(row.id) ?? 0
    return delta <= row.available && row.reserved_quantity + delta >= 0
  }
  if (locked.length !== ids.length || !locked.every(fits)) throw explainRefusal(deltas, locked)
  await manager.query(
    `update inventory_items i set reserved_quantity = i.reserved_quantity + d.units, updated_at = now()
     from unnest($1::text[], $2::int[]) as d(id, units) where i.id = d.id`,
    [ids, ids.map((id) => deltas.get(id) ?? 0)],
  )
}

function explainRefusal(deltas: Map<string, number>, rows: { id: string; available: number }[]) {
  const available = new Map(rows.map((row) => [row.id, row.available]))
  const missing = [...deltas.keys()].find((id) => !available.has(id))
  if (missing !== undefined) return itemNotFound(missing)
  const shortages = [...deltas]
    .map(([id, requested]) => ({ id, requested, available: available.get(id) ?? 0 }))
    .filter((s) => s.requested > s.available)
  if (shortages.length > 0) return insufficientStock(shortages)
  return new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Reserved quantity would drop below zero")
}

/**
 * Gives back the units of reservations that were just released (soft-deleted) in this transaction.
 *
 * @example
 * await releaseReserved(manager, ["ires_1", "ires_2"])
 * // UPDATE inventory_items i SET reserved_quantity = i.reserved_quantity - r.units FROM (SELECT item_id, sum(quantity) ...) r ...
 */
export async function releaseReserved(manager: Manager, reservationIds: string[]): Promise<void> {
  if (reservationIds.length === 0) return
  await manager.query(
    `update inventory_items i
     set reserved_quantity = i.reserved_quantity - r.units, updated_at = now()
     from (
       select item_id, sum(quantity)::int as units from inventory_reservations
       where id = any($1::text[]) group by item_id
     ) r
     where i.id = r.item_id`,
    [reservationIds],
  )
}

/**
 * Adds a signed delta to an item's on-hand quantity in one conditional UPDATE that refuses to go below
 * the reserved quantity (hence below zero). Returns the new levels, or undefined when refused or missing.
 *
 * @example
 * await addToQuantity(manager, "iitem_1", -3)
 * // UPDATE inventory_items SET quantity = quantity + $2 WHERE id = $1 AND deleted_at IS NULL
 * //   AND quantity + $2 >= reserved_quantity RETURNING ...
 */
export async function addToQuantity(
  manager: Manager,
  itemId: string,
  delta: number,
): Promise<InventoryLevels | undefined> {
  const [row] = await manager.query<InventoryLevels>(
    `update inventory_items set quantity = quantity + $2, updated_at = now()
     where id = $1 and deleted_at is null and quantity + $2 >= reserved_quantity
     returning id, quantity, reserved_quantity, quantity - reserved_quantity as available_quantity`,
    [itemId, delta],
  )
  return row
}

/**
 * The current levels of a live item, or undefined.
 *
 * @example
 * const levels = await readLevels(manager, "iitem_1") // { id, quantity: 20, reserved_quantity: 5, available_quantity: 15 }
 */
export async function readLevels(manager: Manager, itemId: string, lock = false): Promise<InventoryLevels | undefined> {
  const [row] = await manager.query<InventoryLevels>(
    `select id, quantity, reserved_quantity, quantity - reserved_quantity as available_quantity
     from inventory_items where id = $1 and deleted_at is null${lock ? " for update" : ""}`,
    [itemId],
  )
  return row
}
