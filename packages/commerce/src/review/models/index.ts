export { ProductReview } from "./product-review.js"
