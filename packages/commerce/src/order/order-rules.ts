import { MedusaError, type Row } from "@stratum/framework/utils"
import type { OrderModuleOptions } from "./types.js"

const CURRENCY_CODE = /^[a-z]{3}$/
const COMPUTED = ["subtotal", "total"] as const

function invalid(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

function isInteger(value: unknown, min: number): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= min
}

/**
 * The checks every order and order item write goes through, before anything is written: positive
 * integer quantities, non-negative integer prices in minor units, known variants and a currency that
 * matches the region (when the module options provide `variantExists` / `regionCurrency`), computed
 * totals left alone.
 *
 * @example
 * const rules = new OrderRules({ variantExists: (id) => id.startsWith("variant_") })
 * await rules.checkItems([{ variant_id: "nope", quantity: 1, unit_price: 100 }]) // invalid_data
 */
export class OrderRules {
  constructor(private readonly options: OrderModuleOptions = {}) {
    if (options.variantExists !== undefined && typeof options.variantExists !== "function") {
      throw new TypeError(
        "order module option variantExists must be a function (variantId) => boolean | Promise<boolean>",
      )
    }
    if (options.regionCurrency !== undefined && typeof options.regionCurrency !== "function") {
      throw new TypeError(
        "order module option regionCurrency must be a function (regionId) => currency code | undefined",
      )
    }
  }

  /** Validates item inputs (full rows when `creating`, partial updates otherwise). */
  async checkItems(rows: Row[], creating: boolean): Promise<void> {
    for (const row of rows) {
      if (creating || row.quantity !== undefined) {
        if (!isInteger(row.quantity, 1)) {
          throw invalid(`Invalid OrderItem.quantity: expected a positive integer, got ${JSON.stringify(row.quantity)}`)
        }
      }
      if (creating || row.unit_price !== undefined) {
        if (!isInteger(row.unit_price, 0)) {
          throw invalid(
            `Invalid OrderItem.unit_price: expected a non-negative integer amount in the currency's minor unit (cents), got ${JSON.stringify(row.unit_price)}`,
          )
        }
      }
    }
    await this.checkVariants(rows.map((row) => row.variant_id).filter((id): id is string => typeof id === "string"))
  }

  /** Lower-cases and validates the currency, and refuses computed totals. */
  normalizeOrder(row: Row): Row {
    for (const field of COMPUTED) {
      if (row[field] !== undefined) {
        throw invalid(`Order.${field} is computed from the items; change the items or shipping_total instead`)
      }
    }
    if (row.shipping_total !== undefined && !isInteger(row.shipping_total, 0)) {
      throw invalid(
        `Invalid Order.shipping_total: expected a non-negative integer in minor units, got ${JSON.stringify(row.shipping_total)}`,
      )
    }
    if (row.currency_code === undefined) return row
    const code = typeof row.currency_code === "string" ? row.currency_code.trim().toLowerCase() : ""
    if (!CURRENCY_CODE.test(code)) {
      throw invalid(
        `Invalid Order.currency_code ${JSON.stringify(row.currency_code)}: expected a three-letter ISO 4217 code such as "usd"`,
      )
    }
    return { ...row, currency_code: code }
  }

  /** Refuses orders whose region is unknown or uses another currency (when `regionCurrency` is configured). */
  async checkRegionCurrencies(orders: { region_id?: unknown; currency_code?: unknown }[]): Promise<void> {
    const lookup = this.options.regionCurrency
    if (lookup === undefined) return
    const regions = [...new Set(orders.map((o) => o.region_id).filter((id): id is string => typeof id === "string"))]
    const currencies = new Map(await Promise.all(regions.map(async (id) => [id, await lookup(id)] as const)))
    for (const order of orders) {
      if (typeof order.region_id !== "string") continue
      const expected = currencies.get(order.region_id)
      if (expected === undefined || expected === null) throw invalid(`Unknown region ${order.region_id}`)
      if (expected.toLowerCase() !== order.currency_code) {
        throw invalid(
          `Currency ${String(order.currency_code)} does not match region ${order.region_id}, which uses ${expected.toLowerCase()}`,
        )
      }
    }
  }

  private async checkVariants(variantIds: string[]): Promise<void> {
    const exists = this.options.variantExists
    if (exists === undefined || variantIds.length === 0) return
    const unique = [...new Set(variantIds)]
    const found = await Promise.all(unique.map(async (id) => [id, await exists(id)] as const))
    const unknown = found.filter(([, ok]) => !ok).map(([id]) => id)
    if (unknown.length > 0) throw invalid(`Unknown variant${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}`)
  }
}
