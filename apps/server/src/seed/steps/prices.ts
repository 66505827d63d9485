import type { Manager } from "@stratum/framework"
import { PRODUCT_VARIANT_PRICE_SET as LINK } from "@stratum/commerce/links/product-variant-price-set-table"
import { insertColumns, integer, text } from "../bulk-insert.js"
import { createRandom } from "../random.js"
import { SEED_COUNTS } from "../seed-counts.js"
import { seedId } from "../seed-ids.js"
import { shelfPrice, type SeedProduct, type SeedVariant } from "./products.js"

/** Prices live in the pricing module: one price set per variant, linked through `product_variant_price_set`. */
export interface SeedPricing {
  /** Variant id -> its price set id. */
  priceSetOf: ReadonlyMap<string, string>
  /** The sale price list and its discounted amounts (minor units) per variant. */
  sale: {
    id: string
    prices: readonly { variant: SeedVariant; usd: number; eur: number }[]
  }
}

const CURRENCIES = ["usd", "eur"] as const
/** Sale prices get ordinals after every regular price. */
const SALE_PRICE_OFFSET = 1_000_000
const DISCOUNTS = [0.2, 0.25, 0.3, 0.4]

/**
 * One price set per variant, and a sale (20–40% off) on all variants of about `SEED_COUNTS.saleShare`
 * of the products.
 *
 * @example
 * planPricing(products).sale.prices.length // about 600 of 6000 variants
 */
export function planPricing(products: readonly SeedProduct[]): SeedPricing {
  const r = createRandom("sale")
  const variants = products.flatMap((product) => product.variants)
  const priceSetOf = new Map(variants.map((variant, i) => [variant.id, seedId("pset", i)]))
  const prices = products
    .filter(() => r.chance(SEED_COUNTS.saleShare))
    .flatMap((product) => {
      const discount = r.pick(DISCOUNTS)
      return product.variants.map((variant) => ({
        variant,
        usd: shelfPrice(variant.prices.usd * (1 - discount)),
        eur: shelfPrice(variant.prices.eur * (1 - discount)),
      }))
    })
  return { priceSetOf, sale: { id: seedId("plist", 0), prices } }
}

function priceSetId(pricing: SeedPricing, variant: SeedVariant): string {
  const id = pricing.priceSetOf.get(variant.id)
  if (id === undefined) throw new Error(`variant ${variant.id} has no price set`)
  return id
}

/**
 * Inserts price sets, their usd and eur prices and the variant <-> price set link rows
 * (`price_sets`, `prices`, `product_variant_price_set`).
 *
 * @example
 * await insertPrices(manager, products, pricing) // 24000: 6000 sets + 12000 prices + 6000 links
 */
export async function insertPrices(
  manager: Manager,
  products: readonly SeedProduct[],
  pricing: SeedPricing,
): Promise<number> {
  const variants = products.flatMap((product) => product.variants)
  const sets = variants.map((variant) => priceSetId(pricing, variant))
  const rows = variants.flatMap((variant, i) =>
    CURRENCIES.map((currency, c) => ({
      id: seedId("price", i * CURRENCIES.length + c),
      set: sets[i] as string,
      currency,
      amount: variant.prices[currency],
    })),
  )
  let inserted = await insertColumns(manager, "price_sets", { id: text(sets) })
  inserted += await insertColumns(manager, "prices", {
    id: text(rows.map((row) => row.id)),
    price_set_id: text(rows.map((row) => row.set)),
    currency_code: text(rows.map((row) => row.currency)),
    amount: integer(rows.map((row) => row.amount)),
  })
  // the link rows, written with plain SQL in the same statement style as the rest of the seed
  inserted += await insertColumns(manager, LINK.table, {
    id: text(variants.map((_, i) => seedId(LINK.idPrefix, i))),
    [LINK.variantColumn]: text(variants.map((variant) => variant.id)),
    [LINK.priceSetColumn]: text(sets),
  })
  return inserted
}

/**
 * Inserts the active "Seasonal Sale" price list (type `sale`, no end date) and its prices.
 *
 * @example
 * await insertSaleList(manager, pricing) // 1 list + 2 prices per discounted variant
 */
export async function insertSaleList(manager: Manager, pricing: SeedPricing): Promise<number> {
  const { sale } = pricing
  let inserted = await insertColumns(manager, "price_lists", {
    id: text([sale.id]),
    title: text(["Seasonal Sale"]),
    description: text(["20–40% off selected products"]),
    status: text(["active"]),
    type: text(["sale"]),
  })
  const rows = sale.prices.flatMap(({ variant, usd, eur }, i) =>
    [
      { currency: "usd", amount: usd },
      { currency: "eur", amount: eur },
    ].map((price, c) => ({ ...price, id: seedId("price", SALE_PRICE_OFFSET + i * 2 + c), set: variant })),
  )
  inserted += await insertColumns(manager, "prices", {
    id: text(rows.map((row) => row.id)),
    price_set_id: text(rows.map((row) => priceSetId(pricing, row.set))),
    price_list_id: text(rows.map(() => sale.id)),
    currency_code: text(rows.map((row) => row.currency)),
    amount: integer(rows.map((row) => row.amount)),
  })
  return inserted
}
