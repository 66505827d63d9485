import { defineLink, type LinkDefinition } from "@stratum/framework/utils"
import PricingModule from "../pricing/index.js"
import ProductModule from "../product/index.js"
import { PRODUCT_VARIANT_PRICE_SET as TABLE } from "./product-variant-price-set-table.js"

/**
 * The variant <-> price set link, as Medusa defines it: table `product_variant_price_set` (`pvps_` ids,
 * columns `product_variant_id` and `price_set_id`), `variant.price_set` and `price_set.variant` in the graph,
 * plus the `variant.prices` shortcut. `variant.calculated_price` is the pricing module's computed field.
 *
 * @example
 * await createApp({ modules: [ProductModule, PricingModule], links: [productVariantPriceSetLink] })
 */
export const productVariantPriceSetLink: LinkDefinition = defineLink(
  { linkable: ProductModule.linkable.productVariant, field: "variant" },
  { linkable: PricingModule.linkable.priceSet, field: "price_set" },
  {
    database: { table: TABLE.table, idPrefix: TABLE.idPrefix },
    shortcuts: { prices: "price_set.prices" },
  },
)
