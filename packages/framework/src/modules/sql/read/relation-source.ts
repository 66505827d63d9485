import type { EntityMetadata, RelationMetadata } from "../../../dml/metadata/types.js"
import { columnOf } from "./metadata-lookup.js"
import { qualified, quoteIdent } from "./sql-identifiers.js"

/** How to reach a relation's rows from a parent: a FROM clause and the two sides of the correlation. */
export interface RelationSource {
  /** `"comment" AS t1`, or the target joined to the pivot table for many-to-many. */
  readonly from: string
  /** Child-side expression of the correlation: `t1."blog_post_id"`, or the pivot's column. */
  readonly childKey: string
  /** Parent property whose value the child-side expression equals. */
  readonly parentKey: string
  /** `t1."blog_post_id" = t0."id"` */
  readonly join: string
}

function keys(
  parentMeta: EntityMetadata,
  target: EntityMetadata,
  relation: RelationMetadata,
  child: string,
): Omit<RelationSource, "join"> {
  const table = `${quoteIdent(target.tableName)} AS ${child}`
  if (relation.kind === "manyToMany") {
    const pivot = `${child}_p`
    const targetKey = qualified(child, columnOf(target, relation.targetKey))
    return {
      from: `${table} INNER JOIN ${quoteIdent(relation.pivotTable)} AS ${pivot} ON ${qualified(pivot, relation.inverseJoinColumn)} = ${targetKey}`,
      childKey: qualified(pivot, relation.joinColumn),
      parentKey: relation.sourceKey,
    }
  }
  if (relation.owner) {
    return {
      from: table,
      childKey: qualified(child, columnOf(target, relation.targetKey)),
      parentKey: relation.foreignKey,
    }
  }
  return {
    from: table,
    childKey: qualified(child, columnOf(target, relation.foreignKey)),
    parentKey: relation.sourceKey,
  }
}

/**
 * The FROM clause and join predicate that correlate a relation's target rows (alias `child`) to
 * the parent row (alias `parent`). Many-to-many goes through the pivot, aliased `<child>_p`.
 *
 * @example
 * relationSource(postMeta, commentMeta, postMeta.relations.get("comments"), "t0", "t1").join
 * // t1."blog_post_id" = t0."id"
 * relationSource(postMeta, tagMeta, postMeta.relations.get("tags"), "t0", "t2")
 * // { from: '"tag" AS t2 INNER JOIN "blog_post_tags" AS t2_p ON t2_p."tag_id" = t2."id"',
 * //   join: 't2_p."blog_post_id" = t0."id"', ... }
 */
export function relationSource(
  parentMeta: EntityMetadata,
  target: EntityMetadata,
  relation: RelationMetadata,
  parent: string,
  child: string,
): RelationSource {
  const source = keys(parentMeta, target, relation, child)
  return { ...source, join: `${source.childKey} = ${qualified(parent, columnOf(parentMeta, source.parentKey))}` }
}
