import type { MedusaRequest } from "@stratum/framework/http"
import { ContainerRegistrationKeys } from "@stratum/framework/utils"
import { firstOrNotFound } from "../responses.js"
import { ADMIN_POST_FIELDS } from "./post-fields.js"

/**
 * A post as the admin sees it (archived ones too when `withDeleted`), or a 404.
 *
 * @example
 * const post = await adminPost(req, "bp_1", { fields: ADMIN_POST_FIELDS.defaults, withDeleted: true })
 */
export async function adminPost(
  req: MedusaRequest,
  id: string,
  options: { fields?: string[]; withDeleted?: boolean } = {},
): Promise<Record<string, unknown>> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const result = await query.graph({
    entity: "blog_post",
    fields: options.fields ?? ADMIN_POST_FIELDS.defaults,
    filters: { id },
    withDeleted: options.withDeleted ?? false,
  })
  return firstOrNotFound(result, "BlogPost", id)
}
