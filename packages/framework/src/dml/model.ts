import { define } from "./define.js"
import { array } from "./properties/array.js"
import { bigNumber } from "./properties/big-number.js"
import { boolean } from "./properties/boolean.js"
import { dateTime } from "./properties/date-time.js"
import { enumeration } from "./properties/enum.js"
import { float } from "./properties/float.js"
import { id } from "./properties/id.js"
import { json } from "./properties/json.js"
import { number } from "./properties/number.js"
import { text } from "./properties/text.js"
import { belongsTo } from "./relations/belongs-to.js"
import { hasMany } from "./relations/has-many.js"
import { hasOne } from "./relations/has-one.js"
import { manyToMany } from "./relations/many-to-many.js"

/**
 * The DML entry point: `model.define(name, schema)` plus the property and relation builders.
 *
 * @example
 * const Comment = model.define("comment", {
 *   id: model.id({ prefix: "com" }).primaryKey(),
 *   body: model.text().searchable(),
 *   status: model.enum(["pending", "approved"]).default("pending"),
 *   blog_post: model.belongsTo(() => BlogPost, { mappedBy: "comments" }),
 * });
 */
export const model = {
  define,
  id,
  text,
  number,
  bigNumber,
  float,
  boolean,
  dateTime,
  json,
  enum: enumeration,
  array,
  hasMany,
  belongsTo,
  hasOne,
  manyToMany,
} as const
