export type {
  HttpMethod,
  MedusaErrorHandler,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MedusaRouteHandler,
  MiddlewareFunction,
  OrderBy,
  RequestFindConfig,
  RequestQueryConfig,
} from "./http/types.js"
export { HTTP_METHODS } from "./http/types.js"
export {
  defineMiddlewares,
  type MiddlewareRoute,
  type MiddlewaresConfig,
  type MiddlewareVerb,
} from "./http/routing/define-middlewares.js"
export { validateAndTransformBody } from "./http/validation/validate-body.js"
export { validateAndTransformQuery } from "./http/validation/validate-query.js"
export type { QueryConfigOptions } from "./http/validation/query-config.js"
export {
  createFindParams,
  createOperatorMap,
  createSelectParams,
  type FindParamsOptions,
} from "./http/validation/validators.js"
export { queryBoolean, queryInteger, queryList } from "./http/validation/query-params.js"
export { createHttpApp, type HttpApp, type HttpAppOptions } from "./http/http-app.js"
export { startHttpServer, type RunningHttpServer, type StartHttpServerOptions } from "./http/http-server.js"
export { ERROR_STATUS, statusForErrorType } from "./http/errors/error-status.js"
export type { ErrorBody } from "./http/errors/error-body.js"
export type { OpenApiDocument, OpenApiInfo } from "./http/openapi/openapi-document.js"
