import type { DatabaseGroup } from "../app/module-graph.js"
import type { EntityMetadata, ModelRegistry, RelationMetadata } from "../dml/metadata/types.js"
import { toSnakeCase } from "../dml/naming.js"
import { pluralize } from "../modules/naming.js"
import { isToMany } from "../modules/sql/read/metadata-lookup.js"
import type { ComputedFieldDefinition } from "./computed-field.js"
import type { LinkDefinition, ResolvedLinkSide } from "./link-types.js"

/** A model as the graph sees it: its metadata, the database it lives in and the module that owns it. */
export interface GraphEntity {
  readonly meta: EntityMetadata
  readonly registry: ModelRegistry
  readonly group: DatabaseGroup
  readonly serviceName: string
}

interface EdgeBase {
  /** The field name on the source entity. */
  readonly name: string
  readonly source: GraphEntity
  readonly target: GraphEntity
  readonly toMany: boolean
}

/** A relation declared in the module's models. */
export interface RelationEdge extends EdgeBase {
  readonly kind: "relation"
  readonly relation: RelationMetadata
}

/** A link stored in a link table: target rows whose key is paired with the source's key. */
export interface LinkTableEdge extends EdgeBase {
  readonly kind: "linkTable"
  readonly link: LinkDefinition
  readonly table: string
  /** Link-table column holding the source's primary key. */
  readonly sourceColumn: string
  /** Link-table column holding the target's primary key. */
  readonly targetColumn: string
}

/** A read-only link: target rows whose `targetKey` equals the source's `sourceKey` (both properties). */
export interface ColumnLinkEdge extends EdgeBase {
  readonly kind: "columnLink"
  readonly link: LinkDefinition
  readonly sourceKey: string
  readonly targetKey: string
}

/** One step from an entity to related rows. */
export type GraphEdge = RelationEdge | LinkTableEdge | ColumnLinkEdge

/** Everything `query.graph` resolves names against, built once per application. */
export interface GraphSchema {
  /** By entity name (PascalCase). */
  readonly entities: ReadonlyMap<string, GraphEntity>
  /** `product`, `products`, `product_variant`, ... -> entity. */
  readonly aliases: ReadonlyMap<string, GraphEntity>
  readonly links: readonly LinkDefinition[]
  /** The database holding the link tables (the application's own). */
  readonly linkGroup: DatabaseGroup
  edges(entity: GraphEntity): ReadonlyMap<string, GraphEdge>
  computed(entity: GraphEntity): ReadonlyMap<string, ComputedFieldDefinition>
  /** Shortcut name -> the path it stands for, e.g. `prices` -> `["price_set", "prices"]`. */
  shortcuts(entity: GraphEntity): ReadonlyMap<string, readonly string[]>
}

export interface GraphSchemaInput {
  groups: readonly DatabaseGroup[]
  links: readonly LinkDefinition[]
  /** Added to the computed fields the modules contribute. */
  computedFields?: readonly ComputedFieldDefinition[]
}

function mapOf<V>(maps: Map<string, Map<string, V>>, entity: string): Map<string, V> {
  let map = maps.get(entity)
  if (map === undefined) {
    map = new Map()
    maps.set(entity, map)
  }
  return map
}

function collectEntities(groups: readonly DatabaseGroup[]): Map<string, GraphEntity> {
  const entities = new Map<string, GraphEntity>()
  for (const group of groups) {
    for (const module of group.modules) {
      for (const model of module.models) {
        const existing = entities.get(model.name)
        if (existing !== undefined) {
          throw new Error(
            `Model "${model.name}" is defined by modules "${existing.serviceName}" and "${module.exports.name}"; query.graph needs unique model names`,
          )
        }
        entities.set(model.name, {
          meta: group.registry.get(model.name),
          registry: group.registry,
          group,
          serviceName: module.exports.name,
        })
      }
    }
  }
  return entities
}

function sideEntity(entities: Map<string, GraphEntity>, side: ResolvedLinkSide): GraphEntity {
  const entity = entities.get(side.entity)
  if (entity === undefined || entity.serviceName !== side.serviceName) {
    throw new Error(
      `A link points at ${side.serviceName}.${side.entity}, which no loaded module defines; loaded models: ${[...entities.keys()].join(", ")}`,
    )
  }
  return entity
}

function addEdge(edges: Map<string, Map<string, GraphEdge>>, edge: GraphEdge): void {
  const { meta } = edge.source
  if (meta.properties.has(edge.name) || meta.relations.has(edge.name)) {
    throw new Error(
      `Link field "${edge.name}" clashes with a field of ${meta.name}; give the link side another field (alias)`,
    )
  }
  const map = mapOf(edges, meta.name)
  if (map.has(edge.name)) throw new Error(`Two links add the field "${edge.name}" to ${meta.name}`)
  map.set(edge.name, edge)
}

function requireProperty(entity: GraphEntity, name: string): string {
  if (!entity.meta.properties.has(name)) {
    throw new Error(
      `A read-only link uses ${entity.meta.name}.${name}, which is no field; fields: ${[...entity.meta.properties.keys()].join(", ")}`,
    )
  }
  return name
}

function addLink(entities: Map<string, GraphEntity>, edges: Map<string, Map<string, GraphEdge>>, link: LinkDefinition) {
  const left = sideEntity(entities, link.left)
  const right = sideEntity(entities, link.right)
  if (link.table === undefined) {
    addEdge(edges, {
      kind: "columnLink",
      name: link.right.field,
      source: left,
      target: right,
      toMany: link.right.isList,
      link,
      sourceKey: requireProperty(left, link.left.column),
      targetKey: requireProperty(right, link.right.column),
    })
    return
  }
  const table = link.table
  addEdge(edges, {
    kind: "linkTable",
    name: link.right.field,
    source: left,
    target: right,
    toMany: link.right.isList,
    link,
    table,
    sourceColumn: link.left.column,
    targetColumn: link.right.column,
  })
  addEdge(edges, {
    kind: "linkTable",
    name: link.left.field,
    source: right,
    target: left,
    toMany: link.left.isList,
    link,
    table,
    sourceColumn: link.right.column,
    targetColumn: link.left.column,
  })
}

/**
 * Builds the graph's view of the application: every model of every database group, its aliases,
 * its relations plus the fields links add on both sides, computed fields and shortcuts. Bad link
 * definitions (unknown models, clashing names) fail here, at start-up.
 *
 * @example
 * const schema = buildGraphSchema({ groups, links: [productBrand] })
 * schema.aliases.get("products")?.meta.name // "Product"
 * schema.edges(product).get("brand")?.kind  // "linkTable"
 */
export function buildGraphSchema(input: GraphSchemaInput): GraphSchema {
  const entities = collectEntities(input.groups)
  const aliases = new Map<string, GraphEntity>()
  const edges = new Map<string, Map<string, GraphEdge>>()
  const computed = new Map<string, Map<string, ComputedFieldDefinition>>()
  const shortcuts = new Map<string, Map<string, readonly string[]>>()
  for (const entity of entities.values()) {
    const snake = toSnakeCase(entity.meta.name)
    for (const alias of [snake, pluralize(snake)]) if (!aliases.has(alias)) aliases.set(alias, entity)
    const map = mapOf(edges, entity.meta.name)
    for (const relation of entity.meta.relations.values()) {
      const target = entities.get(relation.target)
      if (target === undefined) continue
      map.set(relation.name, {
        kind: "relation",
        name: relation.name,
        source: entity,
        target,
        toMany: isToMany(relation),
        relation,
      })
    }
  }
  for (const link of input.links) addLink(entities, edges, link)
  const definitions = [
    ...input.groups.flatMap((group) => group.modules.flatMap((module) => module.exports.computedFields)),
    ...(input.computedFields ?? []),
  ]
  for (const definition of definitions) {
    const entity = entities.get(definition.entity)
    if (entity === undefined) continue
    mapOf(computed, entity.meta.name).set(definition.name, definition)
  }
  for (const link of input.links) {
    const left = sideEntity(entities, link.left)
    for (const [name, path] of Object.entries(link.shortcuts)) {
      mapOf(shortcuts, left.meta.name).set(name, path.split("."))
    }
  }
  const linkGroup = input.groups.find((group) => group.url === undefined) ?? input.groups[0]
  if (linkGroup === undefined) throw new Error("query.graph needs at least one database group")
  const empty = new Map()
  return {
    entities,
    aliases,
    links: input.links,
    linkGroup,
    edges: (entity) => edges.get(entity.meta.name) ?? empty,
    computed: (entity) => computed.get(entity.meta.name) ?? empty,
    shortcuts: (entity) => shortcuts.get(entity.meta.name) ?? empty,
  }
}
