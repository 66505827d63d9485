const CATEGORY_COLUMNS = ["id", "name", "description", "handle", "rank", "parent_category_id", "created_at"]

/** Store categories; parent and children on request. */
export const STORE_CATEGORY_FIELDS = {
  defaults: CATEGORY_COLUMNS,
  allowed: [...CATEGORY_COLUMNS, "metadata", "parent_category.*", "category_children.*"],
}

/** Store regions with their countries. */
export const STORE_REGION_FIELDS = {
  defaults: ["id", "name", "currency_code", "countries.iso_2", "countries.display_name"],
  allowed: ["id", "name", "currency_code", "automatic_taxes", "metadata", "created_at", "countries.*"],
}
