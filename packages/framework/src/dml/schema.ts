import type { PropertyBuilder } from "./properties/property-builder.js"
import type { RelationBuilder, RelationKind } from "./relations/relation-builder.js"

/** Any property builder, whatever its value type. */
export type AnyProperty = PropertyBuilder<unknown, boolean>

/** Any relation builder, whatever its target. */
export type AnyRelation = RelationBuilder<RelationKind, unknown, boolean, string | boolean>

/** The second argument of `model.define`: field name -> property or relation builder. */
export type DmlSchema = Record<string, AnyProperty | AnyRelation>

/** Column names every model gets implicitly; a schema may not declare them. */
export const IMPLICIT_COLUMNS = ["created_at", "updated_at", "deleted_at"] as const

/**
 * Whether a schema value is a relation builder (as opposed to a property builder).
 *
 * @example
 * isRelation(model.hasMany(() => Comment)); // true
 */
export function isRelation(value: AnyProperty | AnyRelation): value is AnyRelation {
  return value["~dml"] === "relation"
}
