import { MedusaError } from "@stratum/framework/utils"

/** Where a bad value came from, worded as the framework's validators word it. */
export type InputLocation = "query" | "body" | "header"

const NOUNS: Record<InputLocation, string> = { query: "query parameter", body: "field", header: "header" }

/**
 * A 400 naming the parameter, field or header and saying what is allowed, in the same words as
 * the request validators (`Invalid request: query parameter 'limit': must be at most 100`).
 *
 * @example
 * throw invalidInput("body", "items[0].variant_id", "no variant variant_123 exists")
 */
export function invalidInput(location: InputLocation, name: string, problem: string): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${NOUNS[location]} '${name}': ${problem}`)
}

/**
 * A 404 in Medusa's wording.
 *
 * @example
 * throw notFound("Product", "prod_123") // Product with id: prod_123 was not found
 */
export function notFound(entity: string, id: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_FOUND, `${entity} with id: ${id} was not found`)
}
