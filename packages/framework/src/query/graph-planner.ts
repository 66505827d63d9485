import { invalidData } from "../errors/factories.js"
import { columnsOf } from "../modules/sql/read/metadata-lookup.js"
import { isPlainObject } from "../modules/sql/read/value-shapes.js"
import type { ComputedFieldDefinition } from "./computed-field.js"
import type { FieldTree } from "./field-parser.js"
import { unknownGraphName } from "./graph-names.js"
import type { PlanComputed, PlanNode, PlanShortcut } from "./graph-plan.js"
import type { GraphEdge, GraphEntity, GraphSchema } from "./graph-schema.js"
import { isQueryContext } from "./query-context.js"

type Context = Record<string, unknown> | undefined

interface Draft {
  readonly entity: GraphEntity
  readonly path: string
  readonly withDeleted: boolean
  readonly order: Record<string, unknown> | undefined
  all: boolean
  readonly fields: Set<string>
  readonly computed: Map<string, PlanComputed>
  readonly children: Map<string, { edge: GraphEdge; draft: Draft; visible: boolean }>
  readonly shortcuts: Map<string, PlanShortcut>
}

const draftOf = (entity: GraphEntity, path: string, withDeleted: boolean, order: Draft["order"]): Draft => ({
  entity,
  path,
  withDeleted,
  order,
  all: false,
  fields: new Set(),
  computed: new Map(),
  children: new Map(),
  shortcuts: new Map(),
})

function strip(context: Record<string, unknown>): Record<string, unknown> {
  const { __type: _type, ...rest } = context
  return rest
}

function nested(context: Context, name: string): Context {
  const value = context?.[name]
  return isPlainObject(value) ? value : undefined
}

/** The context of a computed field: a QueryContext (or plain object) under its name, else the level's own QueryContext. */
function computedContext(context: Context, name: string): Context {
  const own = context?.[name]
  if (isPlainObject(own)) return strip(own)
  return isQueryContext(context) ? strip(context) : undefined
}

class Planner {
  constructor(
    private readonly schema: GraphSchema,
    private readonly order: Record<string, unknown> | undefined,
  ) {}

  child(draft: Draft, name: string, visible: boolean): Draft {
    const existing = draft.children.get(name)
    if (existing !== undefined) {
      existing.visible ||= visible
      return existing.draft
    }
    const edge = this.schema.edges(draft.entity).get(name) as GraphEdge
    const path = draft.path ? `${draft.path}.${name}` : name
    const order = orderAt(this.order, path)
    const child = draftOf(edge.target, path, draft.withDeleted && edge.kind === "relation", order)
    draft.children.set(name, { edge, draft: child, visible })
    return child
  }

  computed(draft: Draft, definition: ComputedFieldDefinition, context: Context): void {
    if (draft.computed.has(definition.name)) return
    definition.validateContext?.(context)
    draft.computed.set(definition.name, { definition, context })
  }

  /** Resolves one name of a level; `tree` is its deeper path, undefined for a leaf. */
  name(draft: Draft, name: string, tree: FieldTree | undefined, context: Context, visible = true): void {
    const { entity } = draft
    const property = entity.meta.properties.get(name)
    if (property !== undefined) {
      if (tree !== undefined) {
        throw invalidData(
          `"${draft.path ? `${draft.path}.` : ""}${name}" is a field of ${entity.meta.name}, not a relation; it has no fields`,
        )
      }
      draft.fields.add(name)
      return
    }
    const computed = this.schema.computed(entity).get(name)
    if (computed !== undefined) return this.computed(draft, computed, computedContext(context, name))
    if (this.schema.edges(entity).has(name)) {
      const child = this.child(draft, name, visible)
      if (tree === undefined) child.all = true
      else this.level(child, tree, nested(context, name))
      return
    }
    const shortcut = this.schema.shortcuts(entity).get(name)
    if (shortcut !== undefined) return this.shortcut(draft, name, shortcut, tree, nested(context, name))
    throw unknownGraphName(this.schema, entity, name, "fields")
  }

  shortcut(draft: Draft, name: string, path: readonly string[], tree: FieldTree | undefined, context: Context): void {
    draft.shortcuts.set(name, { name, path })
    let node = draft
    for (const segment of path.slice(0, -1)) {
      if (!this.schema.edges(node.entity).has(segment))
        throw unknownGraphName(this.schema, node.entity, segment, `the shortcut "${name}"`)
      node = this.child(node, segment, false)
    }
    this.name(node, path[path.length - 1] as string, tree, context, false)
  }

  level(draft: Draft, tree: FieldTree, context: Context): void {
    if (tree.star) draft.all = true
    for (const leaf of tree.leaves) this.name(draft, leaf, undefined, context)
    for (const [name, subtree] of tree.children) this.name(draft, name, subtree, context)
  }
}

function orderAt(order: Record<string, unknown> | undefined, path: string): Record<string, unknown> | undefined {
  let value: unknown = order
  for (const segment of path.split(".")) value = isPlainObject(value) ? value[segment] : undefined
  return isPlainObject(value) ? value : undefined
}

function finish(schema: GraphSchema, draft: Draft): PlanNode {
  const columns = columnsOf(draft.entity.meta).filter(
    (property) => draft.all || property.primaryKey || draft.fields.has(property.name),
  )
  const children = [...draft.children].map(([name, { edge, draft: child, visible }]) => ({
    name,
    edge,
    node: finish(schema, child),
    hidden: !visible,
  }))
  const hiddenColumns = children
    .map((child) => (child.edge.kind === "columnLink" ? child.edge.sourceKey : undefined))
    .filter((key): key is string => key !== undefined && !columns.some((column) => column.name === key))
    .map((key) => draft.entity.meta.properties.get(key))
    .filter((property) => property !== undefined)
  return {
    entity: draft.entity,
    path: draft.path,
    columns,
    hiddenColumns: [...new Set(hiddenColumns)],
    computed: [...draft.computed.values()],
    children,
    shortcuts: [...draft.shortcuts.values()],
    order: draft.order,
    withDeleted: draft.withDeleted,
  }
}

export interface PlanInput {
  entity: GraphEntity
  fields: FieldTree
  context: Record<string, unknown> | undefined
  order: Record<string, unknown> | undefined
  withDeleted: boolean
}

/**
 * Resolves parsed fields against the schema into the tree of levels to load: columns, computed
 * fields (their context validated now), relations, links and shortcuts. A level named without
 * sub-fields (`"variants"`) loads all its columns. Unknown names are `invalid_data` errors listing
 * what the level offers.
 *
 * @example
 * planGraph(schema, { entity: product, fields: parseFields(["title", "brand.name"]), ... })
 * // { columns: [id, title], children: [{ name: "brand", edge: linkTable, node: { columns: [id, name] } }] }
 */
export function planGraph(schema: GraphSchema, input: PlanInput): PlanNode {
  const planner = new Planner(schema, input.order)
  const root = draftOf(input.entity, "", input.withDeleted, undefined)
  planner.level(root, input.fields, input.context)
  return finish(schema, root)
}
