export { ProductReviewRepository } from "./product-review-repository.js"
