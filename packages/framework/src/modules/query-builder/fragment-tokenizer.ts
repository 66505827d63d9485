import { invalidData } from "../../errors/factories.js"

/** A piece of a `where` / join-condition fragment after tokenizing. */
export type FragmentToken =
  /** SQL passed through as written: keywords, operators, literals, function calls, casts. */
  | { readonly kind: "sql"; readonly text: string }
  /** `alias.property` (or `alias.*`): resolved against metadata, never passed through. */
  | { readonly kind: "column"; readonly alias: string; readonly property: string }
  /** `:name`, or `:...name` (spread: an array expanded into one placeholder per element). */
  | { readonly kind: "parameter"; readonly name: string; readonly spread: boolean }

const IDENTIFIER_START = /[A-Za-z_\u0080-\uffff]/
const IDENTIFIER = /[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/y
const PARAMETER = /[A-Za-z_][A-Za-z0-9_]*/y
const NUMBER = /[0-9][0-9_]*(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?/y
const DOLLAR_TAG = /\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/y

interface Identifier {
  /** The name: unquoted as written, quoted with its quotes removed. */
  readonly name: string
  readonly end: number
}

const fail = (fragment: string, what: string): Error => invalidData(`${what} in query fragment "${fragment}"`)

function matchAt(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at
  return pattern.exec(text)?.[0]
}

function quotedEnd(fragment: string, start: number, quote: string, backslashEscapes: boolean): number {
  let at = start + 1
  while (at < fragment.length) {
    const char = fragment[at]
    if (backslashEscapes && char === "\\") {
      at += 2
    } else if (char === quote) {
      if (fragment[at + 1] !== quote) return at + 1
      at += 2
    } else {
      at++
    }
  }
  throw fail(fragment, `Unterminated ${quote === "'" ? "string literal" : "quoted identifier"}`)
}

function readIdentifier(fragment: string, at: number): Identifier | undefined {
  if (fragment[at] === '"') {
    const end = quotedEnd(fragment, at, '"', false)
    return { name: fragment.slice(at + 1, end - 1).replaceAll('""', '"'), end }
  }
  const name = matchAt(IDENTIFIER, fragment, at)
  return name === undefined ? undefined : { name, end: at + name.length }
}

function skipSpaces(fragment: string, at: number): number {
  while (at < fragment.length && /\s/.test(fragment[at] as string)) at++
  return at
}

function commentEnd(fragment: string, start: number): number {
  if (fragment[start] === "-") {
    const newline = fragment.indexOf("\n", start)
    return newline === -1 ? fragment.length : newline + 1
  }
  let depth = 0
  let at = start
  while (at < fragment.length) {
    if (fragment.startsWith("/*", at)) {
      depth++
      at += 2
    } else if (fragment.startsWith("*/", at)) {
      depth--
      at += 2
      if (depth === 0) return at
    } else {
      at++
    }
  }
  throw fail(fragment, "Unterminated /* comment")
}

/**
 * Splits a SQL fragment into pass-through SQL, `alias.property` references and `:named`
 * parameters. String literals, quoted identifiers, dollar-quoted strings and `::` casts are kept
 * intact (a `:word` inside them is not a parameter); comments are dropped so they cannot hide the
 * SQL that follows the fragment. A positional `$1` is refused: fragments take named parameters.
 *
 * @example
 * tokenizeFragment("price.amount BETWEEN :min AND :max")
 * // [{ kind: "column", alias: "price", property: "amount" }, { kind: "sql", text: " BETWEEN " },
 * //  { kind: "parameter", name: "min", spread: false }, { kind: "sql", text: " AND " }, ...]
 */
export function tokenizeFragment(fragment: string): FragmentToken[] {
  const tokens: FragmentToken[] = []
  let sql = ""
  const flush = (): void => {
    if (sql !== "") tokens.push({ kind: "sql", text: sql })
    sql = ""
  }
  let at = 0
  while (at < fragment.length) {
    const char = fragment[at] as string
    if (char === "'") {
      const end = quotedEnd(fragment, at, "'", false)
      sql += fragment.slice(at, end)
      at = end
    } else if (fragment.startsWith("--", at) || fragment.startsWith("/*", at)) {
      sql += " "
      at = commentEnd(fragment, at)
    } else if (char === "$") {
      if (/[0-9]/.test(fragment[at + 1] ?? "")) {
        throw fail(
          fragment,
          `Positional parameter "${matchAt(/\$[0-9]+/y, fragment, at)}" is not allowed; use :named parameters`,
        )
      }
      const tag = matchAt(DOLLAR_TAG, fragment, at)
      if (tag === undefined) {
        sql += char
        at++
        continue
      }
      const close = fragment.indexOf(tag, at + tag.length)
      if (close === -1) throw fail(fragment, `Unterminated dollar-quoted string ${tag}`)
      sql += fragment.slice(at, close + tag.length)
      at = close + tag.length
    } else if (char === ":") {
      if (fragment[at + 1] === ":") {
        sql += "::"
        at += 2
        continue
      }
      const spread = fragment.startsWith("...", at + 1)
      const name = matchAt(PARAMETER, fragment, at + (spread ? 4 : 1))
      if (name === undefined) {
        if (spread) throw fail(fragment, `Expected a parameter name after ":..."`)
        sql += char
        at++
        continue
      }
      flush()
      tokens.push({ kind: "parameter", name, spread })
      at += (spread ? 4 : 1) + name.length
    } else if (/[0-9]/.test(char)) {
      const number = matchAt(NUMBER, fragment, at) as string
      sql += number
      at += number.length
    } else if (char === '"' || IDENTIFIER_START.test(char)) {
      at = identifierOrColumn(fragment, at, tokens, (text) => (sql += text), flush)
    } else {
      sql += char
      at++
    }
  }
  flush()
  return tokens
}

function identifierOrColumn(
  fragment: string,
  start: number,
  tokens: FragmentToken[],
  append: (text: string) => void,
  flush: () => void,
): number {
  const first = readIdentifier(fragment, start) as Identifier
  const isEscapeString = fragment[start] !== '"' && /^[eE]$/.test(first.name) && fragment[first.end] === "'"
  if (isEscapeString) {
    const end = quotedEnd(fragment, first.end, "'", true)
    append(fragment.slice(start, end))
    return end
  }
  if (fragment[first.end] !== ".") {
    append(fragment.slice(start, first.end))
    return first.end
  }
  if (fragment[first.end + 1] === "*") {
    flush()
    tokens.push({ kind: "column", alias: first.name, property: "*" })
    return first.end + 2
  }
  const second = readIdentifier(fragment, first.end + 1)
  if (second === undefined) {
    append(fragment.slice(start, first.end))
    return first.end
  }
  const next = fragment[skipSpaces(fragment, second.end)]
  if (next === "(") {
    // schema.function(...): a qualified function name, not a column.
    append(fragment.slice(start, second.end))
    return second.end
  }
  if (fragment[second.end] === ".") {
    throw fail(fragment, `"${fragment.slice(start, second.end)}." has too many parts; write alias.property`)
  }
  flush()
  tokens.push({ kind: "column", alias: first.name, property: second.name })
  return second.end
}
