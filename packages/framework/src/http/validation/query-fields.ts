import { invalidData } from "../../errors/factories.js"

const FIELD = /^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*(\.\*)?$/

function fail(parameter: string, problem: string): never {
  throw invalidData(`Invalid request: query parameter '${parameter}': ${problem}`)
}

/**
 * Whether `field` may be selected given an allow-list: listed as is, or under a listed relation
 * (`variants` or `variants.*` allows `variants.sku` and `variants.*`); `*` allows everything.
 *
 * @example
 * isFieldAllowed("variants.sku", ["id", "variants.*"]) // true
 */
export function isFieldAllowed(field: string, allowed: readonly string[]): boolean {
  if (allowed.includes("*") || allowed.includes(field)) return true
  const parts = field.split(".")
  for (let i = 1; i < parts.length; i++) {
    const prefix = parts.slice(0, i).join(".")
    if (allowed.includes(prefix) || allowed.includes(`${prefix}.*`)) return true
  }
  return false
}

function normalizeField(token: string): string {
  if (token.startsWith("*") && token.length > 1) return `${token.slice(1)}.*`
  return token
}

/**
 * Medusa's `fields` convention: bare names replace the defaults, `+name` adds to them, `-name`
 * removes; `rel.*` (or `*rel`) selects every field of a relation. Every named field must be in
 * `allowed`, otherwise a 400 names it and lists what is allowed.
 *
 * @example
 * parseFields("+description,-title,*variants", ["id", "title"], ["id", "title", "description", "variants"])
 * // ["id", "description", "variants.*"]
 */
export function parseFields(
  input: string | undefined,
  defaults: readonly string[],
  allowed: readonly string[],
): string[] {
  if (input === undefined || input.trim() === "") return [...defaults]
  const tokens = input
    .split(",")
    .map((token) => token.trim())
    .filter((token) => token !== "")
  const parsed = tokens.map((token) => {
    const sign = token[0] === "+" || token[0] === "-" ? token[0] : ""
    const field = normalizeField(token.slice(sign.length))
    if (field !== "*" && !FIELD.test(field)) fail("fields", `'${token}' is not a field name`)
    if (!isFieldAllowed(field, allowed))
      fail("fields", `'${field}' is not an allowed field (allowed: ${allowed.join(", ")})`)
    return { sign, field }
  })
  const bare = parsed.filter((entry) => entry.sign === "").map((entry) => entry.field)
  const selected = new Set(bare.length > 0 ? bare : defaults)
  for (const { sign, field } of parsed) {
    if (sign === "+") selected.add(field)
    else if (sign === "-") selected.delete(field)
  }
  return [...selected]
}
