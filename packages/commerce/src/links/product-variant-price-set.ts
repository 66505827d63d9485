import type { Linkable, ModuleExports } from "@stratum/framework/utils"
import PricingModule from "../pricing/index.js"
import ProductModule from "../product/index.js"
import { PRODUCT_VARIANT_PRICE_SET as TABLE } from "./product-variant-price-set-table.js"

/** A module's linkable by key (`Module().linkable` is typed as a plain record, so a key may be missing). */
function linkableOf(module: ModuleExports, key: string): Linkable {
  const linkable = module.linkable[key]
  if (linkable === undefined) {
    throw new Error(
      `Module "${module.name}" has no linkable "${key}"; it has: ${Object.keys(module.linkable).join(", ")}`,
    )
  }
  return linkable
}

/**
 * The variant <-> price set link, as Medusa defines it: table `product_variant_price_set` (`pvps_` ids,
 * columns `product_variant_id` and `price_set_id`), `variant.price_set` and `price_set.variant` in the graph,
 * plus the `variant.prices` shortcut. `variant.calculated_price` is the pricing module's computed field.
 *
 * These are the arguments of `defineLink`; until the framework exports it publicly, build the link with
 * `defineLink(left, right, options)` (the commerce tests do).
 *
 * @example
 * const link = defineLink(productVariantPriceSet.left, productVariantPriceSet.right, productVariantPriceSet.options)
 * await createApp({ modules: [ProductModule, PricingModule], links: [link] })
 */
export const productVariantPriceSet = {
  left: { linkable: linkableOf(ProductModule, "productVariant"), field: "variant" },
  right: { linkable: linkableOf(PricingModule, "priceSet"), field: "price_set" },
  options: {
    database: { table: TABLE.table, idPrefix: TABLE.idPrefix },
    shortcuts: { prices: "price_set.prices" },
  },
}
