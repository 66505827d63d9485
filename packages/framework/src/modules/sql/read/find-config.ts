import { invalidData } from "../../../errors/factories.js"
import type { FindConfig, OrderBy, RelationLoadStrategy } from "../types.js"
import { describeValue, isPlainObject } from "./value-shapes.js"

/**
 * Relations load in one statement unless told otherwise: JSON aggregation per relation keeps one
 * row per root row (no cartesian product), so a single round trip wins over one per level.
 */
export const DEFAULT_RELATION_LOAD_STRATEGY: RelationLoadStrategy = "joined"

/** A FindConfig checked and normalized: what the compilers rely on. */
export interface ResolvedFindConfig {
  /** `undefined`: no select given (all columns). */
  readonly select: readonly string[] | undefined
  readonly relations: readonly string[]
  readonly order: OrderBy | undefined
  readonly skip: number | undefined
  readonly take: number | undefined
  readonly withDeleted: boolean
  readonly strategy: RelationLoadStrategy
}

const STRATEGIES: readonly string[] = ["joined", "select-in"]
const OPTION_STRATEGIES: readonly string[] = ["joined", "select-in", "balanced"]

function stringList(value: unknown, name: "select" | "relations"): readonly string[] | undefined {
  if (value === undefined || value === null) return undefined
  if (!Array.isArray(value) || !value.every((item) => typeof item === "string")) {
    throw invalidData(`Expected an array of strings for ${name}, got ${describeValue(value)}`)
  }
  return value as string[]
}

function bound(value: unknown, name: "skip" | "take"): number | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw invalidData(`Expected a non-negative integer for ${name}, got ${describeValue(value)}`)
  }
  return value
}

function strategyOf(config: FindConfig): RelationLoadStrategy {
  const given = config.relationLoadStrategy
  if (given !== undefined) {
    if (!STRATEGIES.includes(given)) {
      throw invalidData(`Unknown relationLoadStrategy ${describeValue(given)}; allowed: ${STRATEGIES.join(", ")}`)
    }
    return given
  }
  const option = config.options?.strategy
  if (option === undefined) return DEFAULT_RELATION_LOAD_STRATEGY
  if (!OPTION_STRATEGIES.includes(option)) {
    throw invalidData(`Unknown options.strategy ${describeValue(option)}; allowed: ${OPTION_STRATEGIES.join(", ")}`)
  }
  return option === "balanced" ? "select-in" : option
}

/**
 * Checks a FindConfig's shape (not its names: those are checked against the model when the
 * query compiles) and fills in defaults. Throws `invalid_data` with what was wrong.
 *
 * @example
 * validateFindConfig({ take: 10, options: { strategy: "balanced" } })
 * // { select: undefined, relations: [], take: 10, skip: undefined, strategy: "select-in", withDeleted: false, ... }
 * validateFindConfig({ take: -1 }) // throws: Expected a non-negative integer for take, got number -1
 */
export function validateFindConfig(config: FindConfig = {}): ResolvedFindConfig {
  if (!isPlainObject(config as unknown))
    throw invalidData(`Expected a find config object, got ${describeValue(config)}`)
  const order = config.order
  if (order !== undefined && order !== null && !isPlainObject(order)) {
    throw invalidData(`Expected an object for order, e.g. { created_at: "DESC" }, got ${describeValue(order)}`)
  }
  return {
    select: stringList(config.select, "select"),
    relations: stringList(config.relations, "relations") ?? [],
    order: config.order ?? undefined,
    skip: bound(config.skip, "skip"),
    take: bound(config.take, "take"),
    withDeleted: config.withDeleted === true,
    strategy: strategyOf(config),
  }
}
