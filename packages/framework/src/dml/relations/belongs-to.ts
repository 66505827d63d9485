import { RelationBuilder, relationConfig } from "./relation-builder.js"

/** Options of `model.belongsTo()`. */
export interface BelongsToOptions {
  /** The `hasMany`/`hasOne` relation on the target pointing back, if any. */
  mappedBy?: string
  /** The foreign-key column on this table; defaults to `<relation>_id`. */
  foreignKeyName?: string
}

type FkName<O extends BelongsToOptions> = O["foreignKeyName"] extends string ? O["foreignKeyName"] : true

/**
 * Many-to-one: this table gets the foreign key column `<relation>_id`, exposed as a scalar too.
 *
 * @example
 * const Comment = model.define("comment", {
 *   id: model.id().primaryKey(),
 *   blog_post: model.belongsTo(() => BlogPost, { mappedBy: "comments" }), // "blog_post_id" text not null
 * });
 */
export function belongsTo<T, const O extends BelongsToOptions = Record<never, never>>(
  target: T,
  options?: O,
): RelationBuilder<"belongsTo", T, false, FkName<O>> {
  return new RelationBuilder(relationConfig("belongsTo", target, options ?? {}))
}
