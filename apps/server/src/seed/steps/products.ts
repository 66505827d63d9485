import type { Manager } from "@stratum/framework"
import { insertColumns, integer, text, timestamp } from "../bulk-insert.js"
import { createRandom, type Random } from "../random.js"
import { SEED_COUNTS } from "../seed-counts.js"
import { seedId } from "../seed-ids.js"
import { slug } from "../slug.js"
import { ADJECTIVES, GROUP_MATERIALS, LEAF_NOUNS } from "../words.js"
import type { SeedCategory } from "./categories.js"

/** A seeded variant with its prices (minor units) and stock. */
export interface SeedVariant {
  id: string
  product_id: string
  title: string
  sku: string
  rank: number
  prices: { usd: number; eur: number }
  stock: number
}

/** A seeded product, in one leaf category, with its variants. */
export interface SeedProduct {
  id: string
  title: string
  handle: string
  description: string
  status: "published" | "draft"
  category_id: string
  created_at: Date
  variants: SeedVariant[]
}

/** Usd price range (cents) of each top-level category, and the surcharge of each further variant. */
const PRICING: Readonly<Record<string, { min: number; max: number; step: number }>> = {
  Apparel: { min: 1_500, max: 12_000, step: 0 },
  Footwear: { min: 4_000, max: 20_000, step: 0 },
  Accessories: { min: 800, max: 9_000, step: 0 },
  Home: { min: 1_200, max: 9_000, step: 0.2 },
  Outdoor: { min: 1_500, max: 40_000, step: 0.15 },
}
const DEFAULT_PRICING = { min: 1_000, max: 10_000, step: 0 }
const FEATURES = ["built to last", "made in small batches", "easy to care for", "designed for every day"]

/** A shelf price: whole units minus one cent (2999), never below 99. */
export function shelfPrice(cents: number): number {
  return Math.max(99, Math.round(cents / 100) * 100 - 1)
}

function variantsOf(productId: string, index: number, category: SeedCategory, base: number, r: Random) {
  const pricing = PRICING[category.group] ?? DEFAULT_PRICING
  const code = String(index + 1).padStart(5, "0")
  return category.options.map((option, rank): SeedVariant => {
    const usd = shelfPrice(base * (1 + pricing.step * rank))
    return {
      id: "",
      product_id: productId,
      title: option,
      sku: `SKU-${code}-${option.replace(/[^A-Za-z0-9]/g, "").toUpperCase()}`,
      rank,
      prices: { usd, eur: shelfPrice(usd * 0.93) },
      stock: r.chance(0.05) ? r.int(0, 9) : r.int(10, 250),
    }
  })
}

/**
 * The demo products: `SEED_COUNTS.products` of them in the leaf categories, each with one variant per
 * option of its category, usd and eur prices, and stock (about 5% of variants low, under 10).
 * Created over the two years before `now`.
 *
 * @example
 * planProducts(planCategories(), now)[0] // { title: "Harbor Linen Tee", handle: "harbor-linen-tee-0001", variants: [...] }
 */
export function planProducts(categories: readonly SeedCategory[], now: Date): SeedProduct[] {
  const r = createRandom("products")
  const leaves = categories.filter((category) => category.leaf)
  const products: SeedProduct[] = []
  const span = 730 * 86_400_000
  for (let i = 0; i < SEED_COUNTS.products; i++) {
    const category = r.pick(leaves)
    const noun = r.pick(LEAF_NOUNS[category.name] ?? [category.name])
    const adjective = r.pick(ADJECTIVES)
    const material = r.pick(GROUP_MATERIALS[category.group] ?? ["Classic"])
    const title = `${adjective} ${material} ${noun}`
    const pricing = PRICING[category.group] ?? DEFAULT_PRICING
    const base = r.int(pricing.min, pricing.max)
    const product: Omit<SeedProduct, "variants"> = {
      id: seedId("prod", i),
      title,
      handle: `${slug(title)}-${String(i + 1).padStart(4, "0")}`,
      description: `${title}, ${r.pick(FEATURES)}.`,
      status: r.chance(0.96) ? "published" : "draft",
      category_id: category.id,
      created_at: new Date(now.getTime() - span + Math.floor((i / SEED_COUNTS.products) * (span - 86_400_000))),
    }
    products.push({ ...product, variants: variantsOf(product.id, i, category, base, r) })
  }
  let ordinal = 0
  for (const product of products) for (const variant of product.variants) variant.id = seedId("variant", ordinal++)
  return products
}

/**
 * Inserts the products and their category memberships (`products`, `product_category_product`).
 *
 * @example
 * await insertProducts(manager, products) // 4000: 2000 products + 2000 memberships
 */
export async function insertProducts(manager: Manager, products: readonly SeedProduct[]): Promise<number> {
  const inserted = await insertColumns(manager, "products", {
    id: text(products.map((p) => p.id)),
    title: text(products.map((p) => p.title)),
    handle: text(products.map((p) => p.handle)),
    description: text(products.map((p) => p.description)),
    status: text(products.map((p) => p.status)),
    created_at: timestamp(products.map((p) => p.created_at)),
    updated_at: timestamp(products.map((p) => p.created_at)),
  })
  return (
    inserted +
    (await insertColumns(manager, "product_category_product", {
      product_id: text(products.map((p) => p.id)),
      product_category_id: text(products.map((p) => p.category_id)),
    }))
  )
}

/**
 * Inserts the variants (`product_variants`), with `inventory_quantity` equal to their stock.
 *
 * @example
 * await insertVariants(manager, products) // 6000
 */
export async function insertVariants(manager: Manager, products: readonly SeedProduct[]): Promise<number> {
  const variants = products.flatMap((product) => product.variants.map((variant) => ({ variant, product })))
  return insertColumns(manager, "product_variants", {
    id: text(variants.map(({ variant }) => variant.id)),
    product_id: text(variants.map(({ variant }) => variant.product_id)),
    title: text(variants.map(({ variant }) => variant.title)),
    sku: text(variants.map(({ variant }) => variant.sku)),
    variant_rank: integer(variants.map(({ variant }) => variant.rank)),
    inventory_quantity: integer(variants.map(({ variant }) => variant.stock)),
    created_at: timestamp(variants.map(({ product }) => product.created_at)),
    updated_at: timestamp(variants.map(({ product }) => product.created_at)),
  })
}
