/**
 * Stratum's write engine: set-based SQL compiled from model metadata, no unit of work. Every
 * function takes the SQL context first and returns plain rows (timestamps as `Date`).
 */
export { insertRows } from "./insert.js"
export { updateRows, updateRowsById } from "./update.js"
export { upsertRows } from "./upsert.js"
export { deleteRows } from "./delete.js"
export { softDeleteRows } from "./soft-delete.js"
export { restoreRows } from "./restore.js"
