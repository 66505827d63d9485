import type { EntityMetadata, ModelRegistry, PropertyMetadata, RelationMetadata } from "../../../dml/metadata/types.js"
import type { OrderBy } from "../types.js"
import type { ResolvedFindConfig } from "./find-config.js"
import { columnsOf, requireEntity, requireRelation, unknownField, type NameSite } from "./metadata-lookup.js"
import { isPlainObject } from "./value-shapes.js"

/** One level of the tree a find loads: the root entity or a relation under its parent. */
export interface LoadNode {
  readonly meta: EntityMetadata
  /** `undefined` at the root. */
  readonly relation: RelationMetadata | undefined
  /** Dotted path from the root, `""` for the root. */
  readonly path: string
  /** Columns returned, primary key included, in declaration order. */
  readonly columns: readonly PropertyMetadata[]
  readonly children: readonly LoadNode[]
  /** The part of `order` that applies at this level (sorts a to-many collection). */
  readonly order: OrderBy | undefined
}

interface DraftNode {
  readonly meta: EntityMetadata
  readonly relation: RelationMetadata | undefined
  readonly path: string
  all: boolean
  readonly fields: Set<string>
  readonly children: Map<string, DraftNode>
}

const draft = (meta: EntityMetadata, relation: RelationMetadata | undefined, path: string): DraftNode => ({
  meta,
  relation,
  path,
  all: false,
  fields: new Set(),
  children: new Map(),
})

function childOf(registry: ModelRegistry, node: DraftNode, name: string, site: NameSite): DraftNode {
  const existing = node.children.get(name)
  if (existing !== undefined) return existing
  const relation = requireRelation(node.meta, name, site)
  const child = draft(requireEntity(registry, relation.target), relation, node.path ? `${node.path}.${name}` : name)
  node.children.set(name, child)
  return child
}

function addRelationPath(registry: ModelRegistry, root: DraftNode, path: string): void {
  let node = root
  for (const segment of path.split(".")) {
    node = childOf(registry, node, segment, "relations")
  }
}

function addSelectPath(registry: ModelRegistry, root: DraftNode, path: string): void {
  const segments = path.split(".")
  const last = segments.pop() as string
  let node = root
  for (const segment of segments) node = childOf(registry, node, segment, "select")
  if (last === "*") {
    node.all = true
  } else if (node.meta.properties.has(last)) {
    node.fields.add(last)
  } else if (node.meta.relations.has(last)) {
    childOf(registry, node, last, "select").all = true
  } else {
    throw unknownField(node.meta, last, "select", true)
  }
}

function finish(node: DraftNode, order: OrderBy | undefined, selectGiven: boolean): LoadNode {
  const all = node.all || (node.fields.size === 0 && (node.relation !== undefined || !selectGiven))
  const columns = columnsOf(node.meta).filter(
    (property) => all || property.primaryKey || node.fields.has(property.name),
  )
  const children = [...node.children.values()].map((child) => {
    const nested = order?.[child.relation?.name ?? ""]
    return finish(child, isPlainObject(nested) ? (nested as OrderBy) : undefined, selectGiven)
  })
  return { meta: node.meta, relation: node.relation, path: node.path, columns, children, order }
}

/**
 * Resolves `select` and `relations` against the models into the tree of levels to load. A node
 * without selected fields returns all its columns, except the root when `select` names only
 * relation fields (then the root returns its primary key, as MikroORM's partial loading does).
 * Unknown names throw `invalid_data` naming the model and listing what exists.
 *
 * @example
 * buildLoadPlan(registry, "BlogPost", validateFindConfig({ select: ["title", "comments.body"] }))
 * // { path: "", columns: [id, title], children: [{ path: "comments", columns: [id, body], children: [] }] }
 */
export function buildLoadPlan(registry: ModelRegistry, entity: string, config: ResolvedFindConfig): LoadNode {
  const root = draft(requireEntity(registry, entity), undefined, "")
  for (const path of config.relations) addRelationPath(registry, root, path)
  for (const path of config.select ?? []) addSelectPath(registry, root, path)
  return finish(root, config.order, config.select !== undefined && config.select.length > 0)
}
