import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@stratum/framework/http"
import { STORE_POST_FIELDS, STORE_POSTS_FIELDS } from "../blog/post-fields.js"
import { STORE_CATEGORY_FIELDS, STORE_REGION_FIELDS } from "../catalog/catalog-fields.js"
import { STORE_PRODUCT_FIELDS } from "../products/product-fields.js"
import { STORE_REVIEW_FIELDS } from "../reviews/review-fields.js"
import { StorePostQuery, StorePostsQuery } from "../schemas/blog.js"
import { StoreCategoriesQuery, StoreRegionsQuery } from "../schemas/catalog.js"
import { CreateOrderBody, StoreOrderQuery } from "../schemas/order.js"
import { StoreProductQuery, StoreProductsQuery } from "../schemas/product.js"
import { CreateReviewBody, StoreReviewsQuery } from "../schemas/review.js"

/** Validation of every `/store` route: strict query strings and bodies, documented in `/openapi.json`. */
export const storeMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/products",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreProductsQuery, { ...STORE_PRODUCT_FIELDS, isList: true })],
  },
  {
    matcher: "/store/products/:id",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreProductQuery, STORE_PRODUCT_FIELDS)],
  },
  {
    matcher: "/store/products/:id/reviews",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreReviewsQuery, { ...STORE_REVIEW_FIELDS, isList: true })],
  },
  {
    matcher: "/store/products/:id/reviews",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(CreateReviewBody)],
  },
  {
    matcher: "/store/product-categories",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreCategoriesQuery, { ...STORE_CATEGORY_FIELDS, isList: true })],
  },
  {
    matcher: "/store/regions",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreRegionsQuery, { ...STORE_REGION_FIELDS, isList: true })],
  },
  {
    matcher: "/store/blog/posts",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StorePostsQuery, { ...STORE_POSTS_FIELDS, isList: true })],
  },
  {
    matcher: "/store/blog/posts/:id",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StorePostQuery, STORE_POST_FIELDS)],
  },
  { matcher: "/store/orders", methods: ["POST"], middlewares: [validateAndTransformBody(CreateOrderBody)] },
  { matcher: "/store/orders/:id", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreOrderQuery)] },
]
