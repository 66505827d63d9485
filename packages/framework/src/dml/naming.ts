import pluralize from "pluralize"

/**
 * Converts a snake, kebab or camel cased name to PascalCase.
 *
 * @example
 * toPascalCase("blog_post"); // "BlogPost"
 */
export function toPascalCase(name: string): string {
  return name
    .split(/[^a-zA-Z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("")
}

/**
 * Converts a PascalCase or camelCase name to snake_case.
 *
 * @example
 * toSnakeCase("BlogPost"); // "blog_post"
 */
export function toSnakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .replace(/[^a-zA-Z0-9]+/g, "_")
    .toLowerCase()
}

/**
 * Default pivot table of a many-to-many relation: both table names sorted, the second one pluralized.
 *
 * @example
 * defaultPivotTableName("tag", "post"); // "post_tags"
 */
export function defaultPivotTableName(tableA: string, tableB: string): string {
  const [first, second] = [tableA, tableB].sort() as [string, string]
  return `${first}_${pluralize(second)}`
}

/**
 * The key other modules use to reference an entity's primary key: `<snake entity>_<pk>`.
 *
 * @example
 * linkableKey("BlogPost", "id"); // "blog_post_id"
 */
export function linkableKey(entityName: string, primaryKey: string): string {
  return `${toSnakeCase(entityName)}_${primaryKey}`
}
