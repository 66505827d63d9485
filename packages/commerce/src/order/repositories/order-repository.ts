import {
  MedusaRepository,
  Repository,
  type Context,
  type Filters,
  type Manager,
  type Row,
} from "@stratum/framework/utils"
import { Order } from "../models/order.js"
import { OrderRules } from "../order-rules.js"
import { refreshOrderTotals, type OrderTotals } from "../order-totals.js"
import type { OrderDTO } from "../types.js"

function withTotals(rows: OrderDTO[], totals: OrderTotals[]): OrderDTO[] {
  const byId = new Map(totals.map((row) => [row.id, row]))
  return rows.map((row) => {
    const fresh = byId.get(row.id)
    return fresh === undefined ? row : { ...row, subtotal: fresh.subtotal, total: fresh.total }
  })
}

const touchesRegion = (row: Row) => row.region_id !== undefined || row.currency_code !== undefined

/**
 * Orders' data access: lower-cases and validates currencies, checks the region's currency and nested
 * items through the module's `OrderRules` before anything is written, refuses writes of the computed
 * `subtotal` / `total`, and returns orders with their totals computed from the items.
 *
 * @example
 * await orders.createOrders({ currency_code: "USD", items: [{ quantity: 2, unit_price: 500 }] })
 * // { currency_code: "usd", subtotal: 1000, total: 1000, ... }
 */
@Repository(Order)
export class OrderRepository extends MedusaRepository<OrderDTO> {
  /** Set from the module options when the module loads. */
  rules = new OrderRules()

  override async create(data: Row[], context?: Context): Promise<OrderDTO[]> {
    const rows = data.map((row) => this.rules.normalizeOrder(row))
    const items = rows.flatMap((row) => (Array.isArray(row.items) ? (row.items as Row[]) : []))
    await this.rules.checkItems(items, true)
    await this.rules.checkRegionCurrencies(rows)
    return this.transaction(context, async (manager) => {
      const created = await super.create(rows, context)
      return withTotals(
        created,
        await refreshOrderTotals(
          manager,
          created.map((order) => order.id),
        ),
      )
    })
  }

  override async updateById(rows: Row[], context?: Context): Promise<OrderDTO[]> {
    const normalized = rows.map((row) => this.rules.normalizeOrder(row))
    return this.transaction(context, async (manager) => {
      await this.checkMergedRegions(
        normalized.filter(touchesRegion).map((row) => ({ selector: { id: row.id }, data: row })),
        context,
      )
      const updated = await super.updateById(normalized, context)
      return this.refreshed(manager, updated, normalized)
    })
  }

  override async update(updates: { selector: Filters; data: Row }[], context?: Context): Promise<OrderDTO[]> {
    const normalized = updates.map((update) => ({ ...update, data: this.rules.normalizeOrder(update.data) }))
    return this.transaction(context, async (manager) => {
      await this.checkMergedRegions(
        normalized.filter((update) => touchesRegion(update.data)),
        context,
      )
      const updated = await super.update(normalized, context)
      return this.refreshed(
        manager,
        updated,
        normalized.map((update) => update.data),
      )
    })
  }

  override async upsert(data: Row[], context?: Context): Promise<OrderDTO[]> {
    const rows = data.map((row) => this.rules.normalizeOrder(row))
    await this.rules.checkRegionCurrencies(
      rows.filter((row) => row.region_id !== undefined && row.currency_code !== undefined),
    )
    return this.transaction(context, async (manager) => {
      const upserted = await super.upsert(rows, context)
      return withTotals(
        upserted,
        await refreshOrderTotals(
          manager,
          upserted.map((order) => order.id),
        ),
      )
    })
  }

  /** Checks region and currency as they will be after the update (current values merged with the new). */
  private async checkMergedRegions(updates: { selector: Filters; data: Row }[], context?: Context): Promise<void> {
    for (const { selector, data } of updates) {
      const current = await this.find(selector, { select: ["id", "region_id", "currency_code"] }, context)
      await this.rules.checkRegionCurrencies(current.map((order) => ({ ...order, ...data })))
    }
  }

  private async refreshed(manager: Manager, updated: OrderDTO[], inputs: Row[]): Promise<OrderDTO[]> {
    if (!inputs.some((row) => row.shipping_total !== undefined)) return updated
    return withTotals(
      updated,
      await refreshOrderTotals(
        manager,
        updated.map((order) => order.id),
      ),
    )
  }

  private transaction<T>(context: Context | undefined, work: (manager: Manager) => Promise<T>): Promise<T> {
    return (context?.transactionManager ?? this.manager).transaction(work)
  }
}
