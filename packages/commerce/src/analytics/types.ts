/** One month of completed sales in one currency. */
export interface MonthlySales {
  /** `YYYY-MM`, in UTC. */
  month: string
  currency_code: string
  orders: number
  units_sold: number
  /** Sum of order totals, in the currency's minor unit. */
  revenue: number
}

/** Optional bounds of `getSalesPerMonth` (inclusive). */
export interface SalesRange {
  start?: Date
  end?: Date
}
