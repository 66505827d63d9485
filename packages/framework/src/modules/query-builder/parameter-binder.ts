import { invalidData } from "../../errors/factories.js"
import { describeValue } from "../sql/read/value-shapes.js"

/** Values of `:named` parameters, merged from every `where`/join call and `setParameter(s)`. */
export type QueryParameters = Record<string, unknown>

const names = (parameters: QueryParameters): string =>
  Object.keys(parameters)
    .map((name) => `:${name}`)
    .join(", ") || "none"

/**
 * Turns `:named` parameters into `$n` placeholders for one statement. A name used twice gets the
 * same placeholder (one bound value); `:...list` binds one placeholder per array element.
 *
 * @example
 * const binder = new ParameterBinder({ ids: ["a", "b"], min: 5 })
 * binder.placeholder("min", false, fragment)  // "$1"
 * binder.placeholder("ids", true, fragment)   // "$2, $3"
 * binder.values                               // [5, "a", "b"]
 */
export class ParameterBinder {
  readonly values: unknown[] = []
  readonly #placeholders = new Map<string, string>()

  constructor(private readonly parameters: QueryParameters) {}

  /** Binds one more value that is not a named parameter (paging) and returns its placeholder. */
  bind(value: unknown): string {
    return `$${this.values.push(value)}`
  }

  placeholder(name: string, spread: boolean, fragment: string): string {
    const key = `${spread ? "..." : ""}${name}`
    const cached = this.#placeholders.get(key)
    if (cached !== undefined) return cached
    const value = this.parameters[name]
    if (value === undefined) {
      throw invalidData(
        `Missing value for parameter ":${key}" in query fragment "${fragment}"; given parameters: ${names(this.parameters)}`,
      )
    }
    if (typeof value === "function" || typeof value === "symbol") {
      throw invalidData(`Parameter ":${key}" cannot be bound: got ${typeof value}`)
    }
    const placeholder = spread ? this.#spread(name, value, fragment) : this.bind(value)
    this.#placeholders.set(key, placeholder)
    return placeholder
  }

  #spread(name: string, value: unknown, fragment: string): string {
    if (!Array.isArray(value)) {
      throw invalidData(
        `Parameter ":...${name}" in query fragment "${fragment}" expects an array, got ${describeValue(value)}`,
      )
    }
    if (value.length === 0) {
      throw invalidData(
        `Parameter ":...${name}" in query fragment "${fragment}" is an empty array, and "IN ()" is not valid SQL; write "= ANY(:${name})", which accepts an empty array`,
      )
    }
    return value.map((item: unknown) => this.bind(item)).join(", ")
  }
}
