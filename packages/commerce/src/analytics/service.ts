import { MedusaService } from "@stratum/framework/utils"
import type { MonthlySales, SalesRange } from "./types.js"

/**
 * Reporting over the order tables (`orders`, `order_items`, `products`) with raw SQL through the
 * guide's `manager.query`; it owns no tables. Counts and sums come back as numbers.
 *
 * @example
 * const analytics = container.resolve<AnalyticsModuleService>("analytics")
 * const stats = await analytics.getOrderStatistics({ start: new Date("2024-01-01"), end: new Date() })
 */
export class AnalyticsModuleService extends MedusaService({}) {
  /**
   * The guide's order statistics for completed orders created in the range (inclusive):
   * `{ total_orders, total_revenue, average_order_value, unique_customers }`; revenue and average are
   * null when no order matches.
   *
   * @example
   * await analytics.getOrderStatistics({ start, end })
   * // { total_orders: 120, total_revenue: 845000, average_order_value: 7041.666..., unique_customers: 87 }
   */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  async getOrderStatistics(dateRange: { start: Date; end: Date }, sharedContext = {}) {
    const manager = this.container_.resolve("manager")

    const result = await manager.query(
      `
      SELECT 
        COUNT(*) as total_orders,
        SUM(total) as total_revenue,
        AVG(total) as average_order_value,
        COUNT(DISTINCT customer_id) as unique_customers
      FROM orders 
      WHERE created_at BETWEEN $1 AND $2
        AND status = 'completed'
    `,
      [dateRange.start, dateRange.end],
    )

    return result[0]
  }

  /**
   * The guide's best sellers: products by units sold in completed orders, with their revenue
   * (`{ id, title, total_sold, total_revenue }`, minor units).
   *
   * @example
   * await analytics.getTopProducts(5)
   */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  async getTopProducts(limit = 10, sharedContext = {}) {
    const manager = this.container_.resolve("manager")

    return await manager.query(
      `
      SELECT 
        p.id,
        p.title,
        SUM(oi.quantity) as total_sold,
        SUM(oi.quantity * oi.unit_price) as total_revenue
      FROM products p
      JOIN order_items oi ON p.id = oi.product_id
      JOIN orders o ON oi.order_id = o.id
      WHERE o.status = 'completed'
      GROUP BY p.id, p.title
      ORDER BY total_sold DESC
      LIMIT $1
    `,
      [limit],
    )
  }

  /**
   * Completed sales per calendar month (UTC) and currency, oldest first: orders, units and revenue.
   * Soft-deleted orders and items are left out.
   *
   * @example
   * await analytics.getSalesPerMonth({ start: new Date("2024-01-01") })
   * // [{ month: "2024-01", currency_code: "usd", orders: 31, units_sold: 77, revenue: 412300 }, ...]
   */
  async getSalesPerMonth(range: SalesRange = {}): Promise<MonthlySales[]> {
    const manager = this.container_.resolve("manager")
    return await manager.query<MonthlySales>(
      `select to_char(date_trunc('month', o.created_at at time zone 'UTC'), 'YYYY-MM') as month,
         o.currency_code,
         count(*) as orders,
         coalesce(sum(units.sold), 0) as units_sold,
         sum(o.total) as revenue
       from orders o
       left join lateral (
         select sum(oi.quantity) as sold from order_items oi where oi.order_id = o.id and oi.deleted_at is null
       ) units on true
       where o.status = 'completed' and o.deleted_at is null
         and ($1::timestamptz is null or o.created_at >= $1)
         and ($2::timestamptz is null or o.created_at <= $2)
       group by 1, 2
       order by 1, 2`,
      [range.start ?? null, range.end ?? null],
    )
  }
}
