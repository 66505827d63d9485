import { defineMiddlewares } from "@stratum/framework/http"
import { adminMiddlewares } from "./_lib/middlewares/admin-middlewares.js"
import { storeMiddlewares } from "./_lib/middlewares/store-middlewares.js"

/**
 * The reference server's validators: every route's query string and body is checked strictly (unknown
 * keys are a 400 naming them) and described in `/openapi.json`.
 */
export default defineMiddlewares({ routes: [...storeMiddlewares, ...adminMiddlewares] })
