import type { Manager } from "@stratum/framework"
import { boolean, insertColumns, integer, text } from "../bulk-insert.js"
import { seedId } from "../seed-ids.js"
import { slug } from "../slug.js"
import { CATEGORY_TREE } from "../words.js"

/** A seeded product category; leaves carry the variant option values of their products. */
export interface SeedCategory {
  id: string
  name: string
  handle: string
  parent_id: string | null
  rank: number
  /** The top-level category's name (its own for a top-level one). */
  group: string
  options: readonly string[]
  leaf: boolean
}

/**
 * The category tree of `CATEGORY_TREE`: five top-level categories and their leaves.
 *
 * @example
 * planCategories().filter((category) => category.leaf).length // 16
 */
export function planCategories(): SeedCategory[] {
  const categories: SeedCategory[] = []
  for (const [rank, parent] of CATEGORY_TREE.entries()) {
    const top: SeedCategory = {
      id: seedId("pcat", categories.length),
      name: parent.name,
      handle: slug(parent.name),
      parent_id: null,
      rank,
      group: parent.name,
      options: parent.options,
      leaf: false,
    }
    categories.push(top)
    for (const [leafRank, name] of parent.leaves.entries()) {
      categories.push({
        id: seedId("pcat", categories.length),
        name,
        handle: slug(name),
        parent_id: top.id,
        rank: leafRank,
        group: parent.name,
        options: parent.options,
        leaf: true,
      })
    }
  }
  return categories
}

/**
 * Inserts the categories (`product_categories`), parents before children; returns the new rows.
 *
 * @example
 * await insertCategories(manager, planCategories()) // 21
 */
export async function insertCategories(manager: Manager, categories: readonly SeedCategory[]): Promise<number> {
  return insertColumns(manager, "product_categories", {
    id: text(categories.map((c) => c.id)),
    name: text(categories.map((c) => c.name)),
    handle: text(categories.map((c) => c.handle)),
    is_active: boolean(categories.map(() => true)),
    rank: integer(categories.map((c) => c.rank)),
    parent_category_id: text(categories.map((c) => c.parent_id)),
  })
}
