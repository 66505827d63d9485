import {
  MedusaRepository,
  Repository,
  type Context,
  type Filters,
  type Manager,
  type Row,
} from "@stratum/framework/utils"
import { OrderItem } from "../models/order-item.js"
import { OrderRules } from "../order-rules.js"
import { ordersOfItems, refreshOrderTotals } from "../order-totals.js"
import type { OrderItemDTO } from "../types.js"

type AffectedIds = Awaited<ReturnType<MedusaRepository["softDelete"]>>

/**
 * Order items' data access: every write is checked by the module's `OrderRules` before anything is
 * written (positive quantities, prices in minor units, known variants) and refreshes the totals of the
 * orders it touched, in the same transaction.
 *
 * @example
 * await orders.createOrderItems({ order_id: order.id, variant_id: "variant_01", quantity: 0, unit_price: 100 })
 * // invalid_data: Invalid OrderItem.quantity: expected a positive integer, got 0
 */
@Repository(OrderItem)
export class OrderItemRepository extends MedusaRepository<OrderItemDTO> {
  /** Set from the module options when the module loads. */
  rules = new OrderRules()

  override async create(data: Row[], context?: Context): Promise<OrderItemDTO[]> {
    await this.rules.checkItems(data, true)
    return this.transaction(context, async (manager) => {
      const created = await super.create(data, context)
      await refreshOrderTotals(
        manager,
        created.map((item) => item.order_id),
      )
      return created
    })
  }

  override async updateById(rows: Row[], context?: Context): Promise<OrderItemDTO[]> {
    await this.rules.checkItems(rows, false)
    return this.transaction(context, async (manager) => {
      const before = await ordersOfItems(
        manager,
        rows.map((row) => String(row.id)),
      )
      const updated = await super.updateById(rows, context)
      await refreshOrderTotals(manager, [...before, ...updated.map((item) => item.order_id)])
      return updated
    })
  }

  override async update(updates: { selector: Filters; data: Row }[], context?: Context): Promise<OrderItemDTO[]> {
    await this.rules.checkItems(
      updates.map((update) => update.data),
      false,
    )
    return this.transaction(context, async (manager) => {
      const matched = await Promise.all(updates.map(({ selector }) => this.find(selector, { select: ["id"] }, context)))
      const before = await ordersOfItems(
        manager,
        matched.flat().map((item) => item.id),
      )
      const updated = await super.update(updates, context)
      await refreshOrderTotals(manager, [...before, ...updated.map((item) => item.order_id)])
      return updated
    })
  }

  override async upsert(data: Row[], context?: Context): Promise<OrderItemDTO[]> {
    await this.rules.checkItems(data, false)
    return this.transaction(context, async (manager) => {
      const existing = data.map((row) => row.id).filter((id): id is string => typeof id === "string")
      const before = await ordersOfItems(manager, existing)
      const upserted = await super.upsert(data, context)
      await refreshOrderTotals(manager, [...before, ...upserted.map((item) => item.order_id)])
      return upserted
    })
  }

  override async softDelete(filter: Filters, context?: Context): Promise<AffectedIds> {
    return this.transaction(context, async (manager) => {
      const affected = await super.softDelete(filter, context)
      await refreshOrderTotals(manager, await ordersOfItems(manager, affected[this.entityName] ?? []))
      return affected
    })
  }

  override async restore(filter: Filters, context?: Context): Promise<AffectedIds> {
    return this.transaction(context, async (manager) => {
      const affected = await super.restore(filter, context)
      await refreshOrderTotals(manager, await ordersOfItems(manager, affected[this.entityName] ?? []))
      return affected
    })
  }

  override async delete(filter: Filters, context?: Context): Promise<string[]> {
    return this.transaction(context, async (manager) => {
      const matched = await this.find(filter, { select: ["id"], withDeleted: true }, context)
      const before = await ordersOfItems(
        manager,
        matched.map((item) => item.id),
      )
      const deleted = await super.delete(filter, context)
      await refreshOrderTotals(manager, before)
      return deleted
    })
  }

  private transaction<T>(context: Context | undefined, work: (manager: Manager) => Promise<T>): Promise<T> {
    return (context?.transactionManager ?? this.manager).transaction(work)
  }
}
