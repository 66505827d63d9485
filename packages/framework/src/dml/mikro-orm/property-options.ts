import { ArrayType, DecimalType, type EntityProperty } from "@mikro-orm/core"
import { generateId } from "../id.js"
import type { PropertyMetadata } from "../metadata/types.js"
import type { Row, SchemaProperty } from "./schema-types.js"

const now = (): Date => new Date()

function typeOf(
  property: PropertyMetadata,
): Pick<EntityProperty<Row>, "type"> | { type: ArrayType | DecimalType<"number"> } {
  switch (property.kind) {
    case "array":
      return { type: new ArrayType() }
    case "bigNumber":
      return { type: new DecimalType("number") }
    case "number":
      return { type: "integer" }
    case "float":
      return { type: "float" }
    case "boolean":
      return { type: "boolean" }
    case "dateTime":
      return { type: "datetime" }
    case "json":
      return { type: "json" }
    default:
      return { type: "text" }
  }
}

function initializers(property: PropertyMetadata): Partial<SchemaProperty> {
  if (property.kind === "id" && property.primaryKey) {
    return { onCreate: () => generateId(property.idPrefix) }
  }
  if (property.implicit && property.name === "created_at") {
    return { onCreate: now }
  }
  if (property.implicit && property.name === "updated_at") {
    return { onCreate: now, onUpdate: now }
  }
  if (property.defaultValue !== undefined && property.defaultValue !== null && !property.nullable) {
    // Applied when a create omits the value, so the entity holds it before any refresh. Objects and
    // arrays are cloned: every row gets its own copy. Nullable columns rely on the database default
    // only, so an explicit `null` is kept.
    const value = property.defaultValue
    return { onCreate: () => structuredClone(value) }
  }
  return {}
}

/**
 * Maps one scalar property to a MikroORM `EntitySchema` property: column type, nullability, default
 * (as raw SQL, also applied at create time), primary key, id generation, timestamps, enum checks.
 *
 * @example
 * scalarProperty(meta.properties.get("status")!);
 * // { enum: true, items: ["draft", "published"], columnType: "text", nullable: false, defaultRaw: "'draft'", ... }
 */
export function scalarProperty(property: PropertyMetadata): SchemaProperty {
  const common = {
    fieldName: property.columnName,
    columnType: property.columnType,
    nullable: property.nullable,
    ...(property.primaryKey ? { primary: true } : {}),
    ...(property.defaultSql !== undefined ? { defaultRaw: property.defaultSql } : {}),
    ...(property.computed ? { persist: false } : {}),
    ...initializers(property),
  }
  if (property.enumValues !== undefined) {
    return { enum: true, items: [...property.enumValues], ...common } as SchemaProperty
  }
  return { ...typeOf(property), ...common } as SchemaProperty
}
