/** Names of the commerce modules, as Medusa's `Modules` constant lists them (container keys). */
export const Modules = {
  PRODUCT: "product",
  PRICING: "pricing",
  REGION: "region",
  CUSTOMER: "customer",
  ORDER: "order",
  INVENTORY: "inventory",
  BLOG: "blog",
  REVIEW: "review",
  ANALYTICS: "analytics",
} as const
