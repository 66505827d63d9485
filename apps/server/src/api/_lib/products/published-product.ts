import type { Query } from "@stratum/framework/utils"
import { notFound } from "../errors.js"

/**
 * Resolves when `productId` is a live, published product; a 404 otherwise (drafts are not in the store).
 *
 * @example
 * await assertPublishedProduct(query, "prod_123")
 */
export async function assertPublishedProduct(query: Query, productId: string): Promise<void> {
  const { data } = await query.graph({
    entity: "product",
    fields: ["id"],
    filters: { id: productId, status: "published" },
    pagination: { take: 1 },
  })
  if (data.length === 0) throw notFound("Product", productId)
}
