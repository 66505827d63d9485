// Each module is also its own subpath: `@stratum/commerce/product`, `@stratum/commerce/pricing`, ...
export { default as ProductModule, ProductModuleService } from "./product/index.js"
export { default as RegionModule, RegionModuleService } from "./region/index.js"
export { default as PricingModule, PricingModuleService, calculatedPrice } from "./pricing/index.js"
export { productVariantPriceSetLink } from "./links/product-variant-price-set.js"
export {
  default as BlogModule,
  BlogModuleService,
  BlogPost,
  BlogAuthor,
  BlogCategory,
  BlogComment,
} from "./blog/index.js"
export {
  default as CustomerModule,
  CustomerModuleService,
  Customer,
  CustomerAddress,
  CustomerRepository,
  CustomerAddressRepository,
} from "./customer/index.js"
export {
  default as OrderModule,
  OrderModuleService,
  Order,
  OrderItem,
  OrderAddress,
  ORDER_STATUSES,
  OrderRepository,
  OrderItemRepository,
  OrderRules,
  type OrderDTO,
  type OrderItemDTO,
  type OrderAddressDTO,
  type OrderStatus,
  type CreateOrderData,
  type OrderModuleOptions,
} from "./order/index.js"
export {
  default as InventoryModule,
  InventoryModuleService,
  InventoryItem,
  InventoryMovement,
  InventoryReservation,
  InventoryItemRepository,
  InventoryReservationRepository,
  type InventoryItemDTO,
  type InventoryMovementDTO,
  type InventoryReservationDTO,
  type InventoryLevels,
  type ReserveOptions,
} from "./inventory/index.js"
export {
  default as ReviewModule,
  ReviewModuleService,
  ProductReview,
  ProductReviewRepository,
  reviewModuleDir,
  MIN_RATING,
  MAX_RATING,
  type ProductReviewDTO,
  type RatingSummary,
} from "./review/index.js"
export {
  default as AnalyticsModule,
  AnalyticsModuleService,
  type MonthlySales,
  type SalesRange,
} from "./analytics/index.js"
export { orderLinks } from "./links/order-links.js"
