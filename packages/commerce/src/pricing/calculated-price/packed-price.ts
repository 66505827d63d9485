import type { CalculatedPriceSet } from "../types.js"
import { CANDIDATE_COLUMNS, type CandidateColumn } from "./candidate-prices-sql.js"

type Pick = Record<CandidateColumn, unknown>

function pickOf(candidate: unknown): Pick {
  const values = candidate as readonly unknown[]
  const pick = {} as Pick
  CANDIDATE_COLUMNS.forEach((column, i) => (pick[column] = values[i] ?? null))
  return pick
}

/**
 * The three picks from the ranked candidates: the default price (the first outside any list), the list price
 * (the first in any list) and the override price (the first in an override list).
 */
function picksOf(candidates: unknown) {
  let fallback: Pick | undefined
  let list: Pick | undefined
  let override: Pick | undefined
  for (const candidate of Array.isArray(candidates) ? candidates : []) {
    const pick = pickOf(candidate)
    if (pick.price_list_id === null) fallback ??= pick
    else {
      list ??= pick
      if (pick.price_list_type === "override") override ??= pick
    }
  }
  return { fallback, list, override }
}

/**
 * Medusa's choice: an override list price is both calculated and original price; a sale list price is the
 * calculated price when not above the default price (or when there is none), and the original price is
 * then the override list price, else the default price.
 */
function choose(fallback: Pick | undefined, list: Pick | undefined, override: Pick | undefined) {
  if (list === undefined) return { calculated: fallback, original: fallback }
  if (list.price_list_type === "override") return { calculated: list, original: list }
  const cheaper = fallback === undefined || Number(list.amount) <= Number(fallback.amount)
  return { calculated: cheaper ? list : fallback, original: override ?? fallback }
}

/**
 * Whether a chosen price is tax inclusive, as Medusa decides: the region's preference when the price has a
 * rule naming the context's region and that preference exists, else the currency's, else false.
 */
function taxInclusive(pick: Pick | undefined, regionPref: unknown, currencyPref: unknown): boolean {
  if (pick === undefined) return false
  if (pick.has_region_rule === true && typeof regionPref === "boolean") return regionPref
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
 * Turns the JSON array the calculated-price SQL returns (the price set id, the currency, the region's and the
 * currency's tax preferences, then the ranked candidate prices as `CANDIDATE_COLUMNS` arrays) into Medusa's
 * object, or null when no price applies. The SQL only fetches and ranks; the picks, the choice between them and
 * tax inclusivity are decided here: PostgreSQL prepares every expression of a statement on each execution and
 * runs a lateral join once per price set, so the choice written in SQL (`CASE`s, then one ordered scan per
 * pick) cost more than the lookups.
 *
 * @example
 * unpackCalculatedPrice(["pset_1", "usd", null, null, [["price_1", 1000, null, null, null, null, false], ["price_2", 900, "plist_1", "sale", null, null, false]]])
 * // { id: "pset_1", currency_code: "usd", calculated_amount: 900, original_amount: 1000, ..., calculated_price: { id: "price_2", ... } }
 */
export function unpackCalculatedPrice(value: unknown): CalculatedPriceSet | null {
  if (!Array.isArray(value)) return null
  const [id, currencyCode, regionPref, currencyPref, candidates] = value as unknown[]
  const { fallback, list, override } = picksOf(candidates)
  const { calculated, original } = choose(fallback, list, override)
  if (calculated === undefined) return null
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
