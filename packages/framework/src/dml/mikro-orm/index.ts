export { toEntitySchemas } from "./to-entity-schemas.js"
export { SOFT_DELETE_FILTER, softDeleteFilter } from "./soft-delete-filter.js"
