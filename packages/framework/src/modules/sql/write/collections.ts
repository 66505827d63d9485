import type { EntityMetadata, ManyToManyRelationMetadata } from "../../../dml/metadata/types.js"
import type { SqlContext } from "../types.js"
import { compilePivotClear, compilePivotInsert } from "./link-compiler.js"
import { atomically, run } from "./statement.js"

/** New contents of one many-to-many collection for a set of owners. */
export interface CollectionReplacement {
  readonly relation: ManyToManyRelationMetadata
  readonly owners: string[]
  readonly ids: string[][]
}

/**
 * Replaces many-to-many collections: one DELETE of the owners' pivot rows and one INSERT of the
 * new ones per relation (`[]` empties the collection).
 *
 * @example
 * await replaceCollections(ctx, BlogPost, [{ relation: tags, owners: ["bp_1"], ids: [["tag_1", "tag_2"]] }])
 * // DELETE FROM "blog_post_tags" WHERE "blog_post_id" = ANY($1::text[])
 * // INSERT INTO "blog_post_tags" ("blog_post_id", "tag_id") SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING
 */
export async function replaceCollections(
  ctx: SqlContext,
  entity: EntityMetadata,
  replacements: readonly CollectionReplacement[],
): Promise<void> {
  if (replacements.length === 0) return
  await atomically(ctx, async (tx) => {
    for (const { relation, owners, ids } of replacements) {
      if (owners.length === 0) continue
      await run(tx, compilePivotClear(entity, relation, owners))
      const pairs = owners.flatMap((owner, i) => (ids[i] ?? []).map((id) => [owner, id] as const))
      if (pairs.length > 0) {
        await run(tx, compilePivotInsert(entity, tx.registry.get(relation.target), relation, pairs))
      }
    }
  })
}
