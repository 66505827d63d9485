import { RelationBuilder, relationConfig } from "./relation-builder.js"

/** Options of `model.hasOne()`. */
export interface HasOneOptions {
  /** The relation on the target pointing back. */
  mappedBy?: string
  /** When true, this side owns the foreign key column (`<relation>_id` unless `foreignKeyName`). */
  foreignKey?: boolean
  foreignKeyName?: string
}

type HasOneFk<O extends HasOneOptions> = O["foreignKey"] extends true
  ? O["foreignKeyName"] extends string
    ? O["foreignKeyName"]
    : true
  : false

/**
 * One-to-one. Without `foreignKey` it is the inverse side of the target's `belongsTo`; with
 * `foreignKey: true` this table owns a unique foreign key column.
 *
 * @example
 * profile: model.hasOne(() => Profile, { mappedBy: "user" })        // Profile.user = belongsTo(() => User)
 * avatar: model.hasOne(() => Image, { foreignKey: true }).nullable() // "avatar_id" text null
 */
export function hasOne<T, const O extends HasOneOptions = Record<never, never>>(
  target: T,
  options?: O,
): RelationBuilder<"hasOne", T, false, HasOneFk<O>> {
  return new RelationBuilder(relationConfig("hasOne", target, options ?? {}))
}
