import type { EntityMetadata, ModelRegistry, RelationMetadata } from "../../../dml/metadata/types.js"
import { primaryKeyOf } from "./row-shape.js"
import { quoteIdent, tableOf } from "./statement.js"

/** One parent -> child edge of `.cascades({ delete })`. */
export interface CascadeEdge {
  readonly parent: EntityMetadata
  readonly child: EntityMetadata
  readonly relation: RelationMetadata
  /**
   * Joins the child alias `c` to the parent ids `x.id` (`FROM` items and a predicate):
   * `c.fk = x.id` when the key is on the child, through the parent's foreign key otherwise.
   */
  readonly from: string
  readonly match: string
}

/**
 * The cascading relations of an entity, parent to child: `hasMany` and inverse `hasOne` (key on
 * the child), owning `hasOne` (key on the parent). `belongsTo` cascades are refused by the DML and
 * many-to-many relations never cascade a soft delete.
 *
 * @example
 * cascadeEdges(registry, BlogPost) // [{ child: Comment, match: 'c."blog_post_id" = x.id', ... }]
 */
export function cascadeEdges(registry: ModelRegistry, parent: EntityMetadata): CascadeEdge[] {
  const edges: CascadeEdge[] = []
  for (const name of parent.cascadeDelete) {
    const relation = parent.relations.get(name)
    if (relation === undefined || relation.kind === "manyToMany" || relation.kind === "belongsTo") continue
    const child = registry.get(relation.target)
    if (!relation.owner) {
      edges.push({ parent, child, relation, from: "", match: `c.${quoteIdent(relation.foreignKey)} = x.id` })
      continue
    }
    const parentKey = quoteIdent(primaryKeyOf(parent).name)
    edges.push({
      parent,
      child,
      relation,
      from: ` JOIN ${tableOf(parent)} AS p ON p.${parentKey} = x.id`,
      match: `c.${quoteIdent(primaryKeyOf(child).name)} = p.${quoteIdent(relation.foreignKey)}`,
    })
  }
  return edges
}

/** Ids reached in one round of a cascade, per entity, with what each row carries along. */
export type Frontier<T> = Map<string, Map<string, T>>

/** Adds ids to an entity's slot of a frontier or result. */
export function addTo<T>(frontier: Frontier<T>, entity: string, id: string, value: T): void {
  const slot = frontier.get(entity) ?? new Map<string, T>()
  frontier.set(entity, slot)
  slot.set(id, value)
}

/**
 * Walks a cascade breadth-first: `step` runs one statement for one edge and the ids reached at the
 * previous level, returning the children it changed. A row is changed once (the statements only
 * match rows in the state they change from), so cycles end.
 *
 * @example
 * await walkCascade(registry, roots, (edge, ids) => run(ctx, softDeleteChildren(edge, ids, stamp)))
 */
export async function walkCascade<T>(
  registry: ModelRegistry,
  roots: Frontier<T>,
  step: (edge: CascadeEdge, parents: Map<string, T>) => Promise<Array<[string, T]>>,
): Promise<Frontier<T>> {
  const touched: Frontier<T> = new Map()
  for (const [entity, ids] of roots) for (const [id, value] of ids) addTo(touched, entity, id, value)
  let frontier = roots
  while (frontier.size > 0) {
    const next: Frontier<T> = new Map()
    for (const [entityName, parents] of frontier) {
      for (const edge of cascadeEdges(registry, registry.get(entityName))) {
        for (const [id, value] of await step(edge, parents)) {
          addTo(next, edge.child.name, id, value)
          addTo(touched, edge.child.name, id, value)
        }
      }
    }
    frontier = next
  }
  return touched
}

/** The result of a soft delete or restore: ids by entity name. */
export function affectedIds<T>(touched: Frontier<T>): Record<string, string[]> {
  return Object.fromEntries([...touched].map(([entity, ids]) => [entity, [...ids.keys()]]))
}
