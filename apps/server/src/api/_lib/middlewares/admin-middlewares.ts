import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@stratum/framework/http"
import { ADMIN_POST_FIELDS } from "../blog/post-fields.js"
import { LOW_STOCK_FIELDS } from "../inventory/low-stock.js"
import { ADMIN_ORDER_FIELDS } from "../orders/order-fields.js"
import { ADMIN_PRODUCT_FIELDS } from "../products/product-fields.js"
import { ADMIN_REVIEW_FIELDS } from "../reviews/review-fields.js"
import { AnalyticsQuery } from "../schemas/analytics.js"
import { EmptyBody } from "../schemas/common.js"
import { AdminPostQuery, AdminPostsQuery, CreatePostBody, UpdatePostBody } from "../schemas/blog.js"
import { AdjustInventoryBody, LowStockQuery } from "../schemas/inventory.js"
import { AdminOrdersQuery, StoreOrderQuery } from "../schemas/order.js"
import {
  AdminProductQuery,
  AdminProductsQuery,
  BatchProductsBody,
  CreateProductBody,
  UpdateProductBody,
} from "../schemas/product.js"
import { AdminReviewsQuery } from "../schemas/review.js"

/** `/admin/products/:id` but not the static `/admin/products/batch` (an Express path would match both). */
const ADMIN_PRODUCT = /^\/admin\/products\/(?!batch\/?$)[^/]+\/?$/

/** Validation of every `/admin` route (after the bearer-token check): strict query strings and bodies. */
export const adminMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/products",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminProductsQuery, { ...ADMIN_PRODUCT_FIELDS, isList: true })],
  },
  { matcher: "/admin/products", methods: ["POST"], middlewares: [validateAndTransformBody(CreateProductBody)] },
  {
    matcher: "/admin/products/batch",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(BatchProductsBody)],
  },
  {
    matcher: ADMIN_PRODUCT,
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminProductQuery, ADMIN_PRODUCT_FIELDS)],
  },
  { matcher: ADMIN_PRODUCT, methods: ["POST"], middlewares: [validateAndTransformBody(UpdateProductBody)] },
  {
    matcher: "/admin/inventory-items/:id/adjust",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdjustInventoryBody)],
  },
  {
    matcher: "/admin/inventory-items/low-stock",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(LowStockQuery, { ...LOW_STOCK_FIELDS, isList: true })],
  },
  {
    matcher: "/admin/orders",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminOrdersQuery, { ...ADMIN_ORDER_FIELDS, isList: true })],
  },
  { matcher: "/admin/orders/:id", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreOrderQuery)] },
  { matcher: "/admin/analytics", methods: ["GET"], middlewares: [validateAndTransformQuery(AnalyticsQuery)] },
  {
    matcher: "/admin/blog/posts",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminPostsQuery, { ...ADMIN_POST_FIELDS, isList: true })],
  },
  { matcher: "/admin/blog/posts", methods: ["POST"], middlewares: [validateAndTransformBody(CreatePostBody)] },
  {
    matcher: "/admin/blog/posts/:id",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminPostQuery, ADMIN_POST_FIELDS)],
  },
  { matcher: "/admin/blog/posts/:id", methods: ["POST"], middlewares: [validateAndTransformBody(UpdatePostBody)] },
  {
    matcher: "/admin/blog/posts/:id/restore",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(EmptyBody)],
  },
  {
    matcher: "/admin/reviews",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminReviewsQuery, { ...ADMIN_REVIEW_FIELDS, isList: true })],
  },
]
