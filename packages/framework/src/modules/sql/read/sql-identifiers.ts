/**
 * Quotes an identifier taken from model metadata (table, column, output name). User strings
 * never reach this function: they are resolved against metadata first.
 *
 * @example
 * quoteIdent("blog_post") // "\"blog_post\""
 */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}

/**
 * A column of a table alias.
 *
 * @example
 * qualified("t0", "title") // t0."title"
 */
export function qualified(alias: string, column: string): string {
  return `${alias}.${quoteIdent(column)}`
}
