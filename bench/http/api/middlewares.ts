import { defineMiddlewares, queryInteger, validateAndTransformQuery } from "@stratum/framework/http"
import { z } from "zod"

const currency = z
  .string()
  .regex(/^[a-z]{3}$/, { error: "must be a 3-letter currency code" })
  .optional()

/** The bench routes' query strings, validated as a store route's would be (unknown keys are a 400). */
export default defineMiddlewares({
  routes: [
    {
      matcher: "/store/products",
      methods: ["GET"],
      middlewares: [
        validateAndTransformQuery(
          z.object({
            limit: queryInteger({ min: 1, max: 100 }).default(20),
            offset: queryInteger({ min: 0 }).default(0),
            currency_code: currency,
          }),
        ),
      ],
    },
    {
      matcher: "/store/products/:id",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(z.object({ currency_code: currency }))],
    },
  ],
})
