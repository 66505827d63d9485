import { generateId } from "../../../dml/id.js"
import type { EntityMetadata, PropertyMetadata } from "../../../dml/metadata/types.js"
import { invalidData } from "../../../errors/factories.js"
import { columnsOf } from "../read/metadata-lookup.js"
import type { Row } from "../types.js"
import { checkNullable } from "./validate-value.js"

/** Whether a create may omit the property: nullable, defaulted, generated or a timestamp. */
function isOptionalOnCreate(entity: EntityMetadata, property: PropertyMetadata): boolean {
  if (property.nullable || property.implicit || property.computed) return true
  if (property.defaultValue !== undefined || property.defaultSql !== undefined) return true
  return property.primaryKey && property.kind === "id"
}

/**
 * Turns the column values of one create input into the values bound by the INSERT: the id is
 * generated with the model's prefix, `.default()` values filled in, every value checked against
 * its column, and required properties enforced.
 *
 * @example
 * prepareInsertRow(BlogPost, new Map([["title", "Hi"], ["slug", "hi"]]))
 * // { id: "bp_01J...", title: "Hi", slug: "hi", status: "draft", views: 0, ... }
 * prepareInsertRow(BlogPost, new Map([["slug", "hi"]])) // throws invalid_data: Value for BlogPost.title is required
 */
export function prepareInsertRow(entity: EntityMetadata, columns: ReadonlyMap<string, unknown>): Row {
  const row: Row = {}
  for (const property of columnsOf(entity)) {
    let value = columns.get(property.name)
    if (value === undefined && property.primaryKey && property.kind === "id") {
      value = generateId(property.idPrefix ?? entity.idPrefix)
    }
    if (value === undefined && property.defaultValue !== undefined) value = property.defaultValue
    if (value === undefined) {
      if (!isOptionalOnCreate(entity, property)) {
        throw invalidData(`Value for ${entity.name}.${property.name} is required`)
      }
      continue
    }
    row[property.name] = checkNullable(entity, property, value)
  }
  return row
}

/**
 * Checks the column values of an update (no required check) and returns them as bound.
 *
 * @example
 * prepareUpdateColumns(BlogPost, new Map([["views", "12"]]))
 * // throws invalid_data: Invalid value for BlogPost.views: expected an integer, got string "12"
 */
export function prepareUpdateColumns(entity: EntityMetadata, columns: ReadonlyMap<string, unknown>): Row {
  const row: Row = {}
  for (const [name, value] of columns) {
    const property = entity.properties.get(name)
    if (property === undefined || property.computed) continue
    row[name] = checkNullable(entity, property, value)
  }
  return row
}
