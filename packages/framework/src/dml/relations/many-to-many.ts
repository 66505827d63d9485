import { RelationBuilder, relationConfig } from "./relation-builder.js"

/** Options of `model.manyToMany()`. Pivot settings may be given on one side only. */
export interface ManyToManyOptions {
  /** The `manyToMany` relation on the target pointing back. */
  mappedBy?: string
  /** Defaults to both table names sorted, the second pluralized (`post_tags`). */
  pivotTable?: string
  /** Pivot column referencing this model; defaults to `<snake entity>_id`. */
  joinColumn?: string
  /** Pivot column referencing the target; defaults to `<snake target>_id`. */
  inverseJoinColumn?: string
}

/**
 * Many-to-many through a pivot table.
 *
 * @example
 * tags: model.manyToMany(() => Tag, { mappedBy: "posts" }) // pivot "post_tags"(post_id, tag_id)
 */
export function manyToMany<T>(target: T, options: ManyToManyOptions = {}): RelationBuilder<"manyToMany", T> {
  return new RelationBuilder(relationConfig("manyToMany", target, options))
}
