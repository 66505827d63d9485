import { RelationBuilder, relationConfig } from "./relation-builder.js"

/** Options of `model.hasMany()`. */
export interface HasManyOptions {
  /** The `belongsTo` relation on the target pointing back; defaults to the snake-cased owner name. */
  mappedBy?: string
}

/**
 * One-to-many: the target rows carry a foreign key to this model (through their `belongsTo`).
 *
 * @example
 * const BlogPost = model.define("blog_post", {
 *   id: model.id().primaryKey(),
 *   comments: model.hasMany(() => Comment), // Comment.blog_post = model.belongsTo(() => BlogPost)
 * });
 */
export function hasMany<T>(target: T, options: HasManyOptions = {}): RelationBuilder<"hasMany", T> {
  return new RelationBuilder(relationConfig("hasMany", target, options))
}
