import type { PropertyMetadata } from "../dml/metadata/types.js"
import type { ComputedFieldDefinition } from "./computed-field.js"
import type { GraphEdge, GraphEntity } from "./graph-schema.js"

/** A computed field to evaluate at a level, with the context found for it. */
export interface PlanComputed {
  readonly definition: ComputedFieldDefinition
  /** The field's QueryContext without `__type`. */
  readonly context: Record<string, unknown> | undefined
}

/** A relation or link loaded under its parent. */
export interface PlanChild {
  /** Output key on the parent. */
  readonly name: string
  readonly edge: GraphEdge
  readonly node: PlanNode
  /** Loaded only to resolve a shortcut: removed from the result. */
  readonly hidden: boolean
}

/** A shortcut field: the value found along `path` (flattened), shown under `name`. */
export interface PlanShortcut {
  readonly name: string
  readonly path: readonly string[]
}

/** One level of a graph request, names resolved. Both executors and the hydrator work from it. */
export interface PlanNode {
  readonly entity: GraphEntity
  /** Dotted path from the root (`""` for the root). */
  readonly path: string
  /** Returned columns (primary key always), in declaration order. */
  readonly columns: readonly PropertyMetadata[]
  /** Key columns links under this level need, when not returned (the in-memory executor selects them). */
  readonly hiddenColumns: readonly PropertyMetadata[]
  readonly computed: readonly PlanComputed[]
  readonly children: readonly PlanChild[]
  readonly shortcuts: readonly PlanShortcut[]
  /** Sort of this collection (`pagination.order` nested under its name). */
  readonly order: Readonly<Record<string, unknown>> | undefined
  /** Soft-deleted rows included: the root module's levels under `withDeleted`. */
  readonly withDeleted: boolean
}

/**
 * The children loaded in the same JSON as their parent: all of them when links compile into the
 * statement, else only the module's own relations (links are joined in memory).
 *
 * @example
 * childrenIn(productNode, false).map((child) => child.name) // ["variants"] (not the "brand" link)
 */
export function childrenIn(node: PlanNode, followLinks: boolean): readonly PlanChild[] {
  return followLinks ? node.children : node.children.filter((child) => child.edge.kind === "relation")
}
