import { DmlEntity } from "./entity.js"
import { toPascalCase, toSnakeCase } from "./naming.js"
import { IMPLICIT_COLUMNS, isRelation, type DmlSchema } from "./schema.js"

/** The first argument of `model.define`: a snake name, or a name with an explicit table name. */
export type DefineName<N extends string> = N | { name?: N; tableName: string }

/**
 * Defines a model. The entity name is the PascalCase of the name, the table name the snake_case name
 * unless `tableName` is given. `created_at`, `updated_at` and `deleted_at` are added implicitly.
 *
 * @example
 * const BlogPost = model.define("blog_post", {
 *   id: model.id({ prefix: "bp" }).primaryKey(),
 *   title: model.text(),
 * });
 * BlogPost.name;      // "BlogPost"
 * BlogPost.tableName; // "blog_post"
 */
export function define<const N extends string, S extends DmlSchema>(
  nameOrConfig: DefineName<N>,
  schema: S,
): DmlEntity<N, S> {
  const { name, tableName } = resolveNames(nameOrConfig)
  const reserved = Object.keys(schema).filter((key) => (IMPLICIT_COLUMNS as readonly string[]).includes(key))
  if (reserved.length > 0) {
    throw new Error(
      `Cannot define field(s) "${reserved.join(", ")}" on "${name}" as they are implicitly defined on every model`,
    )
  }
  for (const [key, value] of Object.entries(schema)) {
    if (isRelation(value) && typeof value.config.target !== "function") {
      throw new Error(
        `Invalid relationship reference for "${name}.${key}". Make sure to define the relationship using a factory function, e.g. model.${value.config.kind}(() => Target)`,
      )
    }
  }
  return new DmlEntity<N, S>(name, tableName, schema)
}

function resolveNames(nameOrConfig: DefineName<string>): { name: string; tableName: string } {
  if (typeof nameOrConfig === "string") {
    assertName(nameOrConfig)
    return { name: toPascalCase(nameOrConfig), tableName: toSnakeCase(nameOrConfig) }
  }
  const tableName = nameOrConfig.tableName
  assertName(tableName)
  const name = nameOrConfig.name ?? tableName
  assertName(name)
  return { name: toPascalCase(name), tableName }
}

function assertName(value: unknown): asserts value is string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new Error(`model.define() needs a non-empty name, got ${JSON.stringify(value)}`)
  }
}
