import {
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
  type Context,
} from "@stratum/framework/utils"
import { Order, OrderAddress, OrderItem } from "./models/index.js"
import type { CreateOrderData, OrderDTO, OrderStatus } from "./types.js"

/**
 * The order module's service: Medusa's generated methods for orders, items and addresses, the guide's
 * `createOrderWithItems` as written (atomic: the ambient transaction covers the calls it makes without
 * passing the transaction), and status changes that cannot race.
 *
 * @example
 * const orders = container.resolve<OrderModuleService>("order")
 * const { order, items } = await orders.createOrderWithItems({ customer_id, currency_code: "usd", region_id, items: [...] })
 * await orders.completeOrder(order.id)
 */
export class OrderModuleService extends MedusaService({ Order, OrderItem, OrderAddress }) {
  /**
   * The guide's atomic order creation: the order, then its items in parallel, in one transaction. A bad
   * item (non-positive quantity, negative price, unknown variant) or a currency that does not match the
   * region is invalid_data and nothing is written. The returned `order` is the row as first created
   * (totals 0); `retrieveOrder(order.id)` has the totals computed from the items.
   *
   * @example
   * const { order, items } = await orders.createOrderWithItems({
   *   customer_id: "cus_01", currency_code: "usd", region_id: "reg_01",
   *   items: [{ product_id: "prod_01", variant_id: "variant_01", quantity: 2, unit_price: 1999 }],
   * })
   */
  async createOrderWithItems(orderData: CreateOrderData, sharedContext = {}) {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    return await this.atomicPhase_(async (transactionManager) => {
      // Create order
      const order = await this.createOrders(
        {
          customer_id: orderData.customer_id,
          currency_code: orderData.currency_code,
          region_id: orderData.region_id,
        },
        sharedContext,
      )

      // Create order items within same transaction
      const items = await Promise.all(
        orderData.items.map((item) =>
          this.createOrderItems(
            {
              order_id: order.id,
              product_id: item.product_id,
              variant_id: item.variant_id,
              quantity: item.quantity,
              unit_price: item.unit_price,
            },
            sharedContext,
          ),
        ),
      )

      return { order, items }
    }, sharedContext)
  }

  /**
   * Marks a pending order completed. not_allowed when it is not pending (e.g. already canceled), also
   * when two requests race: the status is changed by one conditional UPDATE.
   *
   * @example
   * await orders.completeOrder("order_01")
   */
  @InjectTransactionManager()
  async completeOrder(id: string, @MedusaContext() sharedContext: Context = {}): Promise<OrderDTO> {
    return this.moveStatus(id, "pending", "completed", sharedContext)
  }

  /**
   * Cancels a pending order. not_allowed when it is not pending.
   *
   * @example
   * await orders.cancelOrder("order_01")
   */
  @InjectTransactionManager()
  async cancelOrder(id: string, @MedusaContext() sharedContext: Context = {}): Promise<OrderDTO> {
    return this.moveStatus(id, "pending", "canceled", sharedContext)
  }

  private async moveStatus(id: string, from: OrderStatus, to: OrderStatus, sharedContext: Context): Promise<OrderDTO> {
    const [moved] = await this.updateOrders({ selector: { id, status: from }, data: { status: to } }, sharedContext)
    if (moved !== undefined) return moved
    const current = await this.retrieveOrder(id, { select: ["id", "status"] }, sharedContext)
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Order ${id} is ${current.status}; only ${from} orders can be marked ${to}`,
    )
  }
}
