import type { Manager } from "@stratum/framework"

/**
 * How many reviews the review module's migrations produced: they seed `legacy_product_feedback` and move
 * the rows with text into `product_reviews`, so the seed itself writes no reviews. Undefined without the
 * review module's table.
 *
 * @example
 * await countMigratedReviews(manager) // 7
 */
export async function countMigratedReviews(manager: Manager): Promise<number | undefined> {
  const [table] = await manager.query<{ name: string | null }>(`select to_regclass('product_reviews')::text as name`)
  if (!table?.name) return undefined
  const [row] = await manager.query<{ count: number }>(`select count(*)::int as count from product_reviews`)
  return row?.count ?? 0
}
