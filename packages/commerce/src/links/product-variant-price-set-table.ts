/**
 * The table of the variant <-> price set link and its key columns (Medusa's names), shared by the link
 * definition and the `calculated_price` SQL.
 */
export const PRODUCT_VARIANT_PRICE_SET = {
  table: "product_variant_price_set",
  idPrefix: "pvps",
  variantColumn: "product_variant_id",
  priceSetColumn: "price_set_id",
} as const
