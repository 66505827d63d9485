import type {
  EntityMetadata,
  InverseRelationMetadata,
  ManyToManyRelationMetadata,
  ModelRegistry,
  OwningRelationMetadata,
} from "../../../dml/metadata/types.js"
import { invalidData } from "../../../errors/factories.js"
import type { Row } from "../types.js"
import { isReferenceOnly, primaryKeyOf, referencedId, shapeOf } from "./row-shape.js"
import { prepareInsertRow } from "./validate-input.js"

/** New rows of one entity reached through one relation, with the index of the row each belongs to. */
export interface NestedBatch<TRelation> {
  readonly relation: TRelation
  readonly node: InsertNode
  /** `owners[i]` is the index, in the parent node, of the row that `node.rows[i]` hangs off. */
  readonly owners: number[]
}

/** Existing rows attached to new ones: `[ownerIndex, targetId]` pairs. */
export interface LinkBatch<TRelation> {
  readonly relation: TRelation
  readonly pairs: Array<[number, string]>
}

/**
 * Everything one `insertRows` call writes for one entity at one relation level, validated and
 * with ids assigned, so that executing it needs no further checks.
 */
export interface InsertNode {
  readonly entity: EntityMetadata
  /** Bound column values per row, in input order. */
  readonly rows: Row[]
  /** New rows this level's foreign keys point at (`belongsTo: { ...data }`), inserted first. */
  readonly parents: NestedBatch<OwningRelationMetadata>[]
  /** New children (`hasMany`, inverse `hasOne`), inserted after this level. */
  readonly children: NestedBatch<InverseRelationMetadata>[]
  /** Existing children given by id, whose foreign key is set to the new row. */
  readonly adopted: LinkBatch<InverseRelationMetadata>[]
  /** Many-to-many targets to create (when given as data) and pivot rows to insert. */
  readonly pivots: Array<{
    batch: LinkBatch<ManyToManyRelationMetadata>
    created?: NestedBatch<ManyToManyRelationMetadata>
  }>
}

/** A foreign key every row of a nested batch takes from its owner: `values[i]` for row `i`. */
interface FixedColumn {
  readonly column: string
  readonly values: readonly unknown[]
}

function asList(value: unknown, where: string, kind: string): unknown[] {
  if (value === null) return []
  if (kind === "hasOne") return [value]
  if (!Array.isArray(value)) throw invalidData(`Invalid value for ${where}: expected an array`)
  return value
}

class Collector<TRelation> {
  readonly data: unknown[] = []
  readonly owners: number[] = []
  constructor(readonly relation: TRelation) {}
}

/**
 * Validates create input, nested relations included, and assigns ids: nothing is written yet, so a
 * bad row anywhere in the batch fails before the first statement.
 *
 * @example
 * planInsert(registry, "BlogPost", [{ title: "Hi", slug: "hi", comments: [{ body: "a" }, { body: "b" }] }])
 * // { entity: BlogPost, rows: [{ id: "bp_...", ... }], children: [{ relation: comments, node: { rows: [2 comments] } }] }
 */
export function planInsert(
  registry: ModelRegistry,
  entity: EntityMetadata,
  data: readonly unknown[],
  fixed?: FixedColumn,
): InsertNode {
  const shapes = data.map((item) => shapeOf(entity, item))
  const parentCollectors = new Map<string, Collector<OwningRelationMetadata>>()
  const childCollectors = new Map<string, Collector<InverseRelationMetadata>>()
  const adopted = new Map<string, LinkBatch<InverseRelationMetadata>>()
  const pivotPairs = new Map<string, LinkBatch<ManyToManyRelationMetadata>>()
  const pivotCreates = new Map<string, Collector<ManyToManyRelationMetadata>>()
  const pendingPivotTargets: Array<{ relation: string; owner: number; index: number }> = []

  shapes.forEach((shape, index) => {
    for (const [name, value] of shape.relations) {
      const relation = entity.relations.get(name)
      if (relation === undefined || relation.kind === "manyToMany" || !relation.owner) continue
      const where = `${entity.name}.${name}`
      if (value === null) {
        shape.columns.set(relation.foreignKey, null)
        continue
      }
      const id = referencedId(registry.get(relation.target), value, where)
      if (id !== undefined) {
        shape.columns.set(relation.foreignKey, id)
        continue
      }
      const collector = parentCollectors.get(name) ?? new Collector(relation)
      parentCollectors.set(name, collector)
      collector.data.push(value)
      collector.owners.push(index)
    }
    if (fixed !== undefined) shape.columns.set(fixed.column, fixed.values[index])
  })

  const parents = [...parentCollectors.values()].map((collector) => {
    const node = planInsert(registry, registry.get(collector.relation.target), collector.data)
    node.rows.forEach((row, i) => {
      const owner = shapes[collector.owners[i] as number]
      owner?.columns.set(collector.relation.foreignKey, row[collector.relation.targetKey])
    })
    return { relation: collector.relation, node, owners: collector.owners }
  })

  const rows = shapes.map((shape) => prepareInsertRow(entity, shape.columns))

  shapes.forEach((shape, index) => {
    for (const [name, value] of shape.relations) {
      const relation = entity.relations.get(name)
      if (relation === undefined || (relation.kind !== "manyToMany" && relation.owner)) continue
      const target = registry.get(relation.target)
      const where = `${entity.name}.${name}`
      if (relation.kind === "manyToMany") {
        const batch = pivotPairs.get(name) ?? { relation, pairs: [] }
        pivotPairs.set(name, batch)
        for (const item of asList(value, where, relation.kind)) {
          const id = referencedId(target, item, where)
          if (id !== undefined) {
            batch.pairs.push([index, id])
            continue
          }
          const collector = pivotCreates.get(name) ?? new Collector(relation)
          pivotCreates.set(name, collector)
          pendingPivotTargets.push({ relation: name, owner: index, index: collector.data.length })
          collector.data.push(item)
          collector.owners.push(index)
        }
        continue
      }
      for (const item of asList(value, where, relation.kind)) {
        if (isReferenceOnly(target, item)) {
          const batch = adopted.get(name) ?? { relation, pairs: [] }
          adopted.set(name, batch)
          batch.pairs.push([index, referencedId(target, item, where) as string])
          continue
        }
        const collector = childCollectors.get(name) ?? new Collector(relation)
        childCollectors.set(name, collector)
        collector.data.push(item)
        collector.owners.push(index)
      }
    }
  })

  const children = [...childCollectors.values()].map((collector) => {
    const relation = collector.relation
    const ownerKeys = collector.owners.map((owner) => rows[owner]?.[relation.sourceKey])
    const node = planInsert(registry, registry.get(relation.target), collector.data, {
      column: relation.foreignKey,
      values: ownerKeys,
    })
    return { relation, node, owners: collector.owners }
  })

  const created = new Map<string, NestedBatch<ManyToManyRelationMetadata>>()
  for (const [name, collector] of pivotCreates) {
    const node = planInsert(registry, registry.get(collector.relation.target), collector.data)
    created.set(name, { relation: collector.relation, node, owners: collector.owners })
  }
  for (const pending of pendingPivotTargets) {
    const batch = created.get(pending.relation)
    const targetRow = batch?.node.rows[pending.index]
    const targetKey = batch === undefined ? undefined : primaryKeyOf(batch.node.entity).name
    if (batch === undefined || targetRow === undefined || targetKey === undefined) continue
    pivotPairs.get(pending.relation)?.pairs.push([pending.owner, String(targetRow[targetKey])])
  }
  const pivots = [...pivotPairs.entries()].map(([name, batch]) => {
    const createdBatch = created.get(name)
    return createdBatch === undefined ? { batch } : { batch, created: createdBatch }
  })

  return { entity, rows, parents, children, adopted: [...adopted.values()], pivots }
}
