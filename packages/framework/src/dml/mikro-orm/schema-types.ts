import type { EntityCtor, EntitySchema, EntitySchemaProperty } from "@mikro-orm/core"

/**
 * A row of a DML-built entity: MikroORM sees these entities as plain records (no per-model classes).
 * Use `InferTypeOf` for precise row types. Named populate hints do not type-check against it; use
 * `populate: ["*"]` or the query layer.
 */
export type Row = Record<string, unknown>

/** One property definition of an `EntitySchema` built from DML metadata. */
export type SchemaProperty = EntitySchemaProperty<Row, Row>

/** An `EntitySchema` built from DML metadata. */
export type DmlEntitySchema = EntitySchema<Row, never, EntityCtor<Row>>
