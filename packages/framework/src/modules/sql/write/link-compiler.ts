import type {
  EntityMetadata,
  InverseRelationMetadata,
  ManyToManyRelationMetadata,
} from "../../../dml/metadata/types.js"
import { primaryKeyOf } from "./row-shape.js"
import { ParamList, quoteIdent, tableOf, type Statement } from "./statement.js"

/**
 * One `INSERT` of pivot rows for a many-to-many relation, whatever their number (arrays unnested).
 *
 * @example
 * compilePivotInsert(BlogPost, Tag, tags, [["bp_1", "tag_1"], ["bp_1", "tag_2"]])
 * // INSERT INTO "blog_post_tags" ("blog_post_id", "tag_id")
 * //   SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING
 * // params: [["bp_1", "bp_1"], ["tag_1", "tag_2"]]
 */
export function compilePivotInsert(
  source: EntityMetadata,
  target: EntityMetadata,
  relation: ManyToManyRelationMetadata,
  pairs: ReadonlyArray<readonly [string, string]>,
): Statement {
  const params = new ParamList()
  const owners = params.add(
    pairs.map(([owner]) => owner),
    `${primaryKeyOf(source).columnType}[]`,
  )
  const targets = params.add(
    pairs.map(([, id]) => id),
    `${primaryKeyOf(target).columnType}[]`,
  )
  const columns = `${quoteIdent(relation.joinColumn)}, ${quoteIdent(relation.inverseJoinColumn)}`
  return {
    sql: `INSERT INTO ${quoteIdent(relation.pivotTable)} (${columns}) SELECT * FROM unnest(${owners}, ${targets}) ON CONFLICT DO NOTHING`,
    params: params.values,
  }
}

/**
 * Removes every pivot row of the given owners (a many-to-many collection being replaced).
 *
 * @example
 * compilePivotClear(BlogPost, tags, ["bp_1"])
 * // DELETE FROM "blog_post_tags" WHERE "blog_post_id" = ANY($1::text[])
 */
export function compilePivotClear(
  source: EntityMetadata,
  relation: ManyToManyRelationMetadata,
  owners: readonly string[],
): Statement {
  const params = new ParamList()
  const list = params.add([...owners], `${primaryKeyOf(source).columnType}[]`)
  return {
    sql: `DELETE FROM ${quoteIdent(relation.pivotTable)} WHERE ${quoteIdent(relation.joinColumn)} = ANY(${list})`,
    params: params.values,
  }
}

/**
 * Points existing children at new owners (`hasMany` given as ids), in one statement.
 *
 * @example
 * compileAdopt(BlogPost, Comment, comments, [["bp_1", "com_1"]])
 * // UPDATE "comment" AS t SET "blog_post_id" = v.owner, "updated_at" = now()
 * //   FROM unnest($1::text[], $2::text[]) AS v(id, owner)
 * //   WHERE t."id" = v.id AND t."deleted_at" IS NULL RETURNING t."id"
 */
export function compileAdopt(
  source: EntityMetadata,
  target: EntityMetadata,
  relation: InverseRelationMetadata,
  pairs: ReadonlyArray<readonly [string, string]>,
): Statement {
  const params = new ParamList()
  const targetKey = primaryKeyOf(target)
  const ids = params.add(
    pairs.map(([, id]) => id),
    `${targetKey.columnType}[]`,
  )
  const owners = params.add(
    pairs.map(([owner]) => owner),
    `${primaryKeyOf(source).columnType}[]`,
  )
  const pk = quoteIdent(targetKey.name)
  return {
    sql:
      `UPDATE ${tableOf(target)} AS t SET ${quoteIdent(relation.foreignKey)} = v.owner, "updated_at" = now() ` +
      `FROM unnest(${ids}, ${owners}) AS v(id, owner) WHERE t.${pk} = v.id AND t."deleted_at" IS NULL RETURNING t.${pk}`,
    params: params.values,
  }
}
