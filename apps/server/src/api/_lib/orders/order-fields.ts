/** An order's own columns (totals in minor units). */
export const ORDER_COLUMNS = [
  "id",
  "customer_id",
  "email",
  "status",
  "currency_code",
  "region_id",
  "subtotal",
  "shipping_total",
  "total",
  "metadata",
  "created_at",
  "updated_at",
]

/**
 * The guide's `getOrderWithFullDetails` fields: the order, its customer, items with their product and
 * variant, and both addresses. `customer`, `items.product` and `items.variant` are read-only links.
 */
export const ORDER_DETAIL_FIELDS = [
  "*",
  "customer.*",
  "items.*",
  "items.product.*",
  "items.variant.*",
  "items.variant.calculated_price.*",
  "shipping_address.*",
  "billing_address.*",
]

/** The admin order list: the order's columns by default; items, addresses and customer on request. */
export const ADMIN_ORDER_FIELDS = {
  defaults: ORDER_COLUMNS,
  allowed: [...ORDER_COLUMNS, "items.*", "shipping_address.*", "billing_address.*", "customer.*"],
}
