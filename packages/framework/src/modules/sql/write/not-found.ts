import type { EntityMetadata } from "../../../dml/metadata/types.js"
import { notFound } from "../../../errors/factories.js"
import type { MedusaError } from "../../../errors/medusa-error.js"

/**
 * Medusa's NOT_FOUND for update/link targets that do not exist.
 *
 * @example
 * missingIds(BlogPost, ["bp_x", "bp_y"]).message // 'BlogPost with id "bp_x, bp_y" not found'
 */
export function missingIds(entity: EntityMetadata, keys: readonly string[]): MedusaError {
  return notFound(`${entity.name} with ${entity.primaryKeys.join(", ")} "${keys.join(", ")}" not found`)
}
