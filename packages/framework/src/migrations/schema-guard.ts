const TABLE_STATEMENT = /^\s*(create|alter|drop)\s+table\s+(?:if\s+(?:not\s+)?exists\s+)?"([^"]+)"/i
const DROP_COLUMN = /drop\s+column\s+(?:if\s+exists\s+)?"([^"]+)"/gi

/**
 * Last line of defence for generated `up` statements: every table statement must target one of
 * the module's own tables, no table is dropped, and no column the models still declare is dropped.
 * Throws naming the statement otherwise.
 *
 * @example
 * assertSafeUpStatements("blog", ['drop table "orders";'], ["blog_post"], () => false) // throws
 */
export function assertSafeUpStatements(
  module: string,
  statements: readonly string[],
  ownTables: readonly string[],
  declares: (table: string, column: string) => boolean,
): void {
  for (const statement of statements) {
    const match = TABLE_STATEMENT.exec(statement)
    if (match === null) continue
    const [, verb = "", table = ""] = match
    const refuse = (why: string): never => {
      throw new Error(`Refusing to generate a migration for module "${module}": ${why} (${statement})`)
    }
    if (!ownTables.includes(table)) refuse(`table "${table}" does not belong to the module`)
    if (verb.toLowerCase() === "drop") refuse(`it would drop table "${table}"`)
    for (const [, column = ""] of statement.matchAll(DROP_COLUMN)) {
      if (declares(table, column)) refuse(`it would drop column "${table}"."${column}" that the models declare`)
    }
  }
}
