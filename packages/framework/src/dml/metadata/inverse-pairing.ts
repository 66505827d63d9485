import { toSnakeCase } from "../naming.js"
import { ownsForeignKey, relationsOf, type RelationEdge, type RelationGraph } from "./relation-graph.js"

/**
 * For a `hasMany` or inverse `hasOne`, finds the relation on the target that owns the foreign key:
 * the `mappedBy` option if given; otherwise the owning relation that names this one in its own
 * `mappedBy`, the one named after the snake-cased source entity, or the only candidate.
 *
 * @example
 * owningSideOf(graph, blogPostCommentsEdge).name; // "blog_post" (Comment.blog_post)
 */
export function owningSideOf(graph: RelationGraph, edge: RelationEdge): RelationEdge {
  const where = `"${edge.source.name}.${edge.name}"`
  const candidates = relationsOf(graph, edge.target).filter(
    (other) =>
      other.target.name === edge.source.name &&
      ownsForeignKey(other) &&
      (edge.config.kind === "hasOne" || other.config.kind === "belongsTo") &&
      !(other.source === edge.source && other.name === edge.name),
  )
  const requested = edge.config.options.mappedBy
  if (requested !== undefined) {
    const match = candidates.find((other) => other.name === requested)
    if (match === undefined) {
      throw new Error(
        `${where}: mappedBy "${requested}" must name a belongsTo relation on "${edge.target.name}" pointing to "${edge.source.name}"`,
      )
    }
    return match
  }
  const named = candidates.filter((other) => other.config.options.mappedBy === edge.name)
  const byDefault = candidates.find((other) => other.name === toSnakeCase(edge.source.name))
  const match = named.length === 1 ? named[0] : (byDefault ?? (candidates.length === 1 ? candidates[0] : undefined))
  if (match === undefined) {
    const reason = candidates.length === 0 ? "none exists" : `candidates: ${candidates.map((c) => c.name).join(", ")}`
    throw new Error(
      `${where}: cannot find the belongsTo relation on "${edge.target.name}" that points back to "${edge.source.name}" (${reason}). Add one or set mappedBy`,
    )
  }
  return match
}

/**
 * For an owning relation (`belongsTo`, `hasOne` with `foreignKey`), finds the inverse relation on the
 * target (`hasMany` / `hasOne`) paired with it, if any.
 *
 * @example
 * inverseSideOf(graph, commentBlogPostEdge)?.name; // "comments"
 */
export function inverseSideOf(graph: RelationGraph, edge: RelationEdge): RelationEdge | undefined {
  const inverse = relationsOf(graph, edge.target).find(
    (other) =>
      other.target.name === edge.source.name &&
      !ownsForeignKey(other) &&
      other.config.kind !== "manyToMany" &&
      owningSideOf(graph, other).name === edge.name,
  )
  const requested = edge.config.options.mappedBy
  if (requested !== undefined && inverse?.name !== requested) {
    throw new Error(
      `"${edge.source.name}.${edge.name}": mappedBy "${requested}" must name a hasMany or hasOne relation on "${edge.target.name}" that points back to "${edge.source.name}"`,
    )
  }
  return inverse
}
