import { defaultPivotTableName, toSnakeCase } from "../naming.js"
import type { RelationOptions } from "../relations/relation-builder.js"
import { relationsOf, type RelationEdge, type RelationGraph } from "./relation-graph.js"
import type { ManyToManyRelationMetadata } from "./types.js"

const hasPivotOptions = (options: RelationOptions): boolean =>
  options.pivotTable !== undefined || options.joinColumn !== undefined || options.inverseJoinColumn !== undefined

/** Owner tie-break: alphabetically first table, then relation name (for self-references). */
const sortKey = (edge: RelationEdge): string => `${edge.source.tableName}\u0000${edge.name}`

/**
 * Finds the `manyToMany` relation on the target paired with this one: the `mappedBy` option if given,
 * else the one naming this relation in its `mappedBy`, else the only unpaired one. `undefined` means
 * the relation is unidirectional.
 *
 * @example
 * manyToManyInverse(graph, postTagsEdge)?.name; // "posts"
 */
export function manyToManyInverse(graph: RelationGraph, edge: RelationEdge): RelationEdge | undefined {
  const candidates = relationsOf(graph, edge.target).filter(
    (other) =>
      other.config.kind === "manyToMany" &&
      other.target.name === edge.source.name &&
      !(other.source === edge.source && other.name === edge.name),
  )
  const requested = edge.config.options.mappedBy
  if (requested !== undefined) {
    const match = candidates.find((other) => other.name === requested)
    if (match === undefined) {
      throw new Error(
        `"${edge.source.name}.${edge.name}": mappedBy "${requested}" must name a manyToMany relation on "${edge.target.name}" pointing to "${edge.source.name}"`,
      )
    }
    return match
  }
  const naming = candidates.filter((other) => other.config.options.mappedBy === edge.name)
  if (naming.length > 0) {
    return naming[0]
  }
  const unpaired = candidates.filter((other) => other.config.options.mappedBy === undefined)
  if (unpaired.length > 1) {
    throw new Error(
      `"${edge.source.name}.${edge.name}" is ambiguous: "${edge.target.name}" has several manyToMany relations back (${unpaired.map((c) => c.name).join(", ")}). Set mappedBy`,
    )
  }
  return unpaired[0]
}

/**
 * Resolves a `manyToMany` relation: pairing, owning side, pivot table and columns.
 *
 * @example
 * resolveManyToMany(graph, postTagsEdge, false);
 * // { kind: "manyToMany", pivotTable: "post_tags", joinColumn: "post_id", inverseJoinColumn: "tag_id", ... }
 */
export function resolveManyToMany(
  graph: RelationGraph,
  edge: RelationEdge,
  searchable: boolean,
): ManyToManyRelationMetadata {
  const inverse = manyToManyInverse(graph, edge)
  const where = `"${edge.source.name}.${edge.name}"`
  if (inverse !== undefined && hasPivotOptions(edge.config.options) && hasPivotOptions(inverse.config.options)) {
    throw new Error(`${where}: pivotTable/joinColumn/inverseJoinColumn may be set on one side of a manyToMany only`)
  }
  const owner =
    inverse === undefined ||
    hasPivotOptions(edge.config.options) ||
    (!hasPivotOptions(inverse.config.options) && sortKey(edge) <= sortKey(inverse))
  const owning = owner ? edge : (inverse as RelationEdge)
  const options = owning.config.options
  const joinColumn = options.joinColumn ?? `${toSnakeCase(owning.source.name)}_id`
  const inverseJoinColumn = options.inverseJoinColumn ?? `${toSnakeCase(owning.target.name)}_id`
  if (joinColumn === inverseJoinColumn) {
    throw new Error(`${where}: pivot columns would both be "${joinColumn}". Set joinColumn and inverseJoinColumn`)
  }
  return {
    name: edge.name,
    kind: "manyToMany",
    target: edge.target.name,
    ...(inverse !== undefined ? { mappedBy: inverse.name } : {}),
    nullable: false,
    searchable,
    cascadeDelete: false,
    owner,
    pivotTable: options.pivotTable ?? defaultPivotTableName(edge.source.tableName, edge.target.tableName),
    joinColumn: owner ? joinColumn : inverseJoinColumn,
    inverseJoinColumn: owner ? inverseJoinColumn : joinColumn,
    sourceKey: graph.primaryKeyOf(edge.source.name, where).name,
    targetKey: graph.primaryKeyOf(edge.target.name, where).name,
  }
}
