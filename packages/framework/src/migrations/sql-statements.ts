/**
 * Splits generated DDL into statements at `;` + newline, keeping separators that fall inside a
 * single-quoted literal (a default such as `'a;\nb'`). Each statement keeps its trailing `;`.
 *
 * @example
 * splitStatements('create table "a" (id int);\ncreate index "a_idx" on "a" (id);\n')
 * // ['create table "a" (id int);', 'create index "a_idx" on "a" (id);']
 */
export function splitStatements(sql: string): string[] {
  const statements: string[] = []
  let buffer = ""
  for (const chunk of sql.split(/;\n/)) {
    buffer += buffer ? `;\n${chunk}` : chunk
    if (buffer.split("'").length % 2 === 0) continue
    const statement = buffer.trim()
    if (statement) statements.push(statement.endsWith(";") ? statement : `${statement};`)
    buffer = ""
  }
  const rest = buffer.trim()
  if (rest) statements.push(rest.endsWith(";") ? rest : `${rest};`)
  return statements
}
