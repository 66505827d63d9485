import type { DmlEntity } from "../entity.js"
import { inverseSideOf, owningSideOf } from "./inverse-pairing.js"
import { resolveManyToMany } from "./resolve-many-to-many.js"
import {
  foreignKeyColumn,
  ownsForeignKey,
  relationTarget,
  type RelationEdge,
  type RelationGraph,
} from "./relation-graph.js"
import type { PropertyMetadata, RelationMetadata } from "./types.js"

/** A resolved relation and, for owning relations, the foreign-key scalar it adds. */
export interface ResolvedRelation {
  readonly relation: RelationMetadata
  readonly foreignKey?: PropertyMetadata
}

/**
 * Resolves one relation of an entity: target, inverse side, foreign keys or pivot table.
 *
 * @example
 * resolveRelation(graph, Comment, "blog_post").relation;
 * // { kind: "belongsTo", target: "BlogPost", foreignKey: "blog_post_id", mappedBy: "comments", ... }
 */
export function resolveRelation(graph: RelationGraph, entity: DmlEntity, name: string): ResolvedRelation {
  const edge = relationTarget(graph, entity, name)
  const cascadeDelete = entity.cascadeDefinition.delete.includes(name)
  const searchable = edge.config.searchable
  if (edge.config.kind === "manyToMany") {
    return { relation: resolveManyToMany(graph, edge, searchable) }
  }
  if (ownsForeignKey(edge)) {
    return resolveOwning(graph, edge, cascadeDelete)
  }
  const owning = owningSideOf(graph, edge)
  return {
    relation: {
      name,
      kind: edge.config.kind as "hasMany" | "hasOne",
      owner: false,
      target: edge.target.name,
      mappedBy: owning.name,
      nullable: edge.config.kind === "hasOne" ? true : false,
      searchable,
      cascadeDelete,
      foreignKey: foreignKeyColumn(owning),
      sourceKey: graph.primaryKeyOf(entity.name, `"${entity.name}.${name}"`).name,
    },
  }
}

function resolveOwning(graph: RelationGraph, edge: RelationEdge, cascadeDelete: boolean): ResolvedRelation {
  const where = `"${edge.source.name}.${edge.name}"`
  const inverse = inverseSideOf(graph, edge)
  const targetKey = graph.primaryKeyOf(edge.target.name, where)
  const column = foreignKeyColumn(edge)
  const oneToOne = edge.config.kind === "hasOne" || inverse?.config.kind === "hasOne"
  const relation: RelationMetadata = {
    name: edge.name,
    kind: edge.config.kind as "belongsTo" | "hasOne",
    owner: true,
    target: edge.target.name,
    ...(inverse !== undefined ? { mappedBy: inverse.name } : {}),
    nullable: edge.config.nullable,
    searchable: edge.config.searchable,
    cascadeDelete,
    foreignKey: column,
    targetKey: targetKey.name,
    oneToOne,
    onDeleteCascade: inverse !== undefined && edge.target.cascadeDefinition.delete.includes(inverse.name),
  }
  const foreignKey: PropertyMetadata = {
    name: column,
    columnName: column,
    kind: targetKey.kind === "id" ? "text" : targetKey.kind,
    columnType: targetKey.columnType,
    nullable: edge.config.nullable,
    primaryKey: false,
    unique: oneToOne,
    indexed: true,
    searchable: false,
    computed: false,
    isArray: false,
    isBigNumber: targetKey.isBigNumber,
    implicit: false,
    foreignKeyOf: edge.name,
  }
  return { relation, foreignKey }
}
