import type { CreatePriceDTO, CreatePriceListDTO } from "../../src/pricing/index.js"
import type { CommerceApp } from "./commerce-app.js"

let sequence = 0

/** A value unique to this test process, for region ids, currencies and titles that must not collide. */
export function unique(prefix: string): string {
  sequence += 1
  return `${prefix}_${process.pid}_${sequence}`
}

/**
 * Creates one price set with the given prices; returns its id and its prices' ids by position.
 *
 * @example
 * const set = await priceSet(commerce, [{ amount: 1000, currency_code: "usd" }])
 */
export async function priceSet(
  commerce: CommerceApp,
  prices: CreatePriceDTO[],
): Promise<{ id: string; priceIds: string[] }> {
  const set = await commerce.pricing.createPriceSets({ prices })
  return { id: set.id, priceIds: (set.prices ?? []).map((price) => price.id) }
}

/**
 * Creates an active price list (unless `status` says otherwise) with prices for one price set.
 *
 * @example
 * await priceList(commerce, setId, { type: "sale" }, [{ amount: 800, currency_code: "usd" }])
 */
export async function priceList(
  commerce: CommerceApp,
  priceSetId: string,
  list: Partial<CreatePriceListDTO>,
  prices: CreatePriceDTO[],
): Promise<{ id: string; priceIds: string[] }> {
  const created = await commerce.pricing.createPriceLists({
    title: unique("list"),
    status: "active",
    ...list,
    prices: prices.map((price) => ({ ...price, price_set_id: priceSetId })),
  })
  return { id: created.id, priceIds: (created.prices ?? []).map((price) => price.id) }
}
