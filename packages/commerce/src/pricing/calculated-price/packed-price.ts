import type { CalculatedPriceSet } from "../types.js"
import { PICK_COLUMNS, type CandidateKind, type PickColumn } from "./pick-price-sql.js"

/** What the SQL packs before the picks: the price set, the context's currency and its two tax preferences. */
export const PACKED_HEAD = ["id", "currency_code", "region_pref", "currency_pref"] as const

/** The picks the SQL packs after the head, each as the values of `PICK_COLUMNS`, in this order. */
export const PACKED_PICKS: readonly CandidateKind[] = ["default", "list", "override"]

type Pick = Record<PickColumn, unknown>

/** The pick of `kind` in `packed`, or undefined when the SQL found no such price. */
function pickOf(packed: readonly unknown[], kind: CandidateKind): Pick | undefined {
  const at = PACKED_HEAD.length + PACKED_PICKS.indexOf(kind) * PICK_COLUMNS.length
  if (packed[at] === null || packed[at] === undefined) return undefined
  const pick = {} as Pick
  PICK_COLUMNS.forEach((column, i) => (pick[column] = packed[at + i] ?? null))
  return pick
}

/**
 * Medusa's choice: an override list price is both calculated and original price; a sale list price is the
 * calculated price when not above the default price (or when there is none), and the original price is
 * then the override list price, else the default price.
 */
function choose(fallback: Pick | undefined, list: Pick | undefined, override: Pick | undefined) {
  if (list === undefined) return { calculated: fallback, original: fallback }
  if (list["price_list_type"] === "override") return { calculated: list, original: list }
  const cheaper = fallback === undefined || Number(list["amount"]) <= Number(fallback["amount"])
  return { calculated: cheaper ? list : fallback, original: override ?? fallback }
}

/**
 * Whether a chosen price is tax inclusive, as Medusa decides: the region's preference when the price has a
 * rule naming the context's region and that preference exists, else the currency's, else false.
 */
function taxInclusive(pick: Pick | undefined, regionPref: unknown, currencyPref: unknown): boolean {
  if (pick === undefined) return false
  if (pick["has_region_rule"] === true && typeof regionPref === "boolean") return regionPref
  return currencyPref === true
}

function detail(pick: Pick | undefined) {
  return {
    id: pick?.id ?? null,
    price_list_id: pick?.price_list_id ?? null,
    price_list_type: pick?.price_list_type ?? null,
    min_quantity: pick?.min_quantity ?? null,
    max_quantity: pick?.max_quantity ?? null,
  }
}

/**
 * Turns the JSON array the calculated-price SQL returns (`PACKED_HEAD`, then the default, list and override
 * picks as `PICK_COLUMNS`) into Medusa's object, or null when no price applies. The SQL only fetches; the
 * choice between the picks and tax inclusivity are decided here, since PostgreSQL prepares every expression of
 * a statement on each execution and the choice written in SQL cost more than the lookups.
 *
 * @example
 * unpackCalculatedPrice(["pset_1", "usd", null, null, "price_1", 1000, null, null, null, null, false, "price_2", 900, "plist_1", "sale", null, null, false, null, ...])
 * // { id: "pset_1", currency_code: "usd", calculated_amount: 900, original_amount: 1000, ..., calculated_price: { id: "price_2", ... } }
 */
export function unpackCalculatedPrice(value: unknown): CalculatedPriceSet | null {
  if (!Array.isArray(value)) return null
  const [fallback, list, override] = PACKED_PICKS.map((kind) => pickOf(value, kind))
  const { calculated, original } = choose(fallback, list, override)
  if (calculated === undefined) return null
  const [id, currencyCode, regionPref, currencyPref] = value as unknown[]
  const price = {
    id,
    currency_code: currencyCode,
    calculated_amount: calculated.amount ?? null,
    original_amount: original?.amount ?? null,
    is_calculated_price_price_list: calculated !== fallback,
    is_original_price_price_list: original !== undefined && original !== fallback,
    is_calculated_price_tax_inclusive: taxInclusive(calculated, regionPref, currencyPref),
    is_original_price_tax_inclusive: taxInclusive(original, regionPref, currencyPref),
    calculated_price: detail(calculated),
    original_price: detail(original),
  }
  return price as unknown as CalculatedPriceSet
}
