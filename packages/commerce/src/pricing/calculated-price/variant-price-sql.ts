import { PRODUCT_VARIANT_PRICE_SET as LINK } from "../../links/product-variant-price-set-table.js"
import { PriceSet } from "../models/index.js"
import { priceSetPriceSql } from "./price-set-price-sql.js"
import type { PricingPlaceholders } from "./pricing-params.js"

/**
 * SQL expression: the calculated price of the variant row at `variantAlias`, found through the
 * `product_variant_price_set` link (live link and price set rows only), or null.
 *
 * @example
 * `select v.id, ${variantPriceSql("v", placeholders)} as calculated_price from product_variants v`
 */
export function variantPriceSql(variantAlias: string, p: PricingPlaceholders): string {
  return `(select ${priceSetPriceSql("cp_set.id", p)}
    from ${LINK.table} cp_link
    join ${PriceSet.tableName} cp_set on cp_set.id = cp_link.${LINK.priceSetColumn} and cp_set.deleted_at is null
    where cp_link.${LINK.variantColumn} = ${variantAlias}.id and cp_link.deleted_at is null
    order by cp_link.${LINK.priceSetColumn}
    limit 1)`
}
