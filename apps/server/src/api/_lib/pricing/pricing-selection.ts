import type { RegionModuleService } from "@stratum/commerce"
import type { MedusaRequest } from "@stratum/framework/http"
import type { z } from "zod"
import { invalidInput, type InputLocation } from "../errors.js"
import { currencyCode, id } from "../schemas/common.js"

/** The pricing context of a request: a currency, and the region it was derived from or checked against. */
export interface PricingSelection {
  currency_code: string
  region_id?: string
}

interface Given {
  value: string
  from: InputLocation
}

/** The value of `name` from the validated query, else from the guide's header of the same name. */
function given(req: MedusaRequest, name: string, schema: z.ZodType<string>): Given | undefined {
  const fromQuery = req.validatedQuery?.[name]
  if (typeof fromQuery === "string") return { value: fromQuery, from: "query" }
  const header = req.headers[name]
  if (header === undefined) return undefined
  const parsed = schema.safeParse(header)
  if (!parsed.success) throw invalidInput("header", name, parsed.error.issues[0]?.message ?? "is not valid")
  return { value: parsed.data, from: "header" }
}

/**
 * The request's pricing context: `region_id` and `currency_code` from the query string or, as in the
 * guide, from the `region_id` / `currency_code` headers. A region gives its currency; a currency that
 * does not match the region, or an unknown region, is a 400. Costs one statement when a region is
 * given, none otherwise; `undefined` when neither is given.
 *
 * @example
 * await resolvePricingSelection(req) // GET /store/products?region_id=reg_eu -> { region_id: "reg_eu", currency_code: "eur" }
 */
export async function resolvePricingSelection(req: MedusaRequest): Promise<PricingSelection | undefined> {
  const region = given(req, "region_id", id())
  const currency = given(req, "currency_code", currencyCode())
  if (region === undefined) return currency && { currency_code: currency.value }
  const regions = req.scope.resolve<RegionModuleService>("region")
  const [found] = await regions.listRegions({ id: region.value }, { select: ["id", "currency_code"], take: 1 })
  if (found === undefined) throw invalidInput(region.from, "region_id", `no region with id ${region.value}`)
  const regionCurrency = found.currency_code.toLowerCase()
  if (currency !== undefined && currency.value !== regionCurrency) {
    throw invalidInput(
      currency.from,
      "currency_code",
      `${currency.value} does not match region ${region.value}, which uses ${regionCurrency}`,
    )
  }
  return { region_id: region.value, currency_code: regionCurrency }
}
