import type { Manager } from "@stratum/framework/utils"

export interface OrderTotals {
  id: string
  subtotal: number
  total: number
}

/**
 * Recomputes `subtotal` (sum of `quantity * unit_price` over live items) and `total`
 * (`subtotal + shipping_total`) of the given orders in one statement, and returns them.
 *
 * @example
 * await refreshOrderTotals(manager, ["order_1"])
 * // UPDATE orders o SET subtotal = coalesce(s.subtotal, 0), total = ... FROM (SELECT x.id, (SELECT sum(...)) ...) s ...
 */
export async function refreshOrderTotals(manager: Manager, orderIds: Iterable<unknown>): Promise<OrderTotals[]> {
  const ids = [...new Set([...orderIds].filter((id): id is string => typeof id === "string"))].sort()
  if (ids.length === 0) return []
  return manager.query<OrderTotals>(
    `update orders o
     set subtotal = s.subtotal, total = s.subtotal + o.shipping_total, updated_at = now()
     from (
       select x.id, coalesce((
         select sum(i.quantity::bigint * i.unit_price) from order_items i
         where i.order_id = x.id and i.deleted_at is null
       ), 0) as subtotal
       from unnest($1::text[]) as x(id)
     ) s
     where o.id = s.id
     returning o.id, o.subtotal, o.total`,
    [ids],
  )
}

/**
 * The orders that items belong to (deleted items included), for refreshing their totals after a write.
 *
 * @example
 * await ordersOfItems(manager, ["ordli_1", "ordli_2"]) // ["order_1"]
 */
export async function ordersOfItems(manager: Manager, itemIds: string[]): Promise<string[]> {
  if (itemIds.length === 0) return []
  const rows = await manager.query<{ order_id: string }>(
    "select distinct order_id from order_items where id = any($1::text[])",
    [itemIds],
  )
  return rows.map((row) => row.order_id)
}
