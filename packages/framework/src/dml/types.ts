import type { DmlEntity } from "./entity.js"
import type { PropertyBuilder } from "./properties/property-builder.js"
import type { RelationBuilder, RelationKind } from "./relations/relation-builder.js"
import type { DmlSchema } from "./schema.js"

type Simplify<T> = { [K in keyof T]: T[K] } & {}

type SchemaOf<E> = E extends DmlEntity<string, infer S> ? S : never

type TargetOf<T> = T extends () => infer E ? E : never

/** The scalar field name a relation adds on its own table, or `never`. */
type FkKey<K, R> = K extends string
  ? R extends RelationBuilder<RelationKind, unknown, boolean, infer Fk>
    ? Fk extends string
      ? Fk
      : Fk extends true
        ? `${K}_id`
        : never
    : never
  : never

type FkValue<R> = R extends RelationBuilder<RelationKind, unknown, true, string | boolean> ? string | null : string

type RelationValue<R> =
  R extends RelationBuilder<infer K, infer T, infer N, string | boolean>
    ? K extends "hasMany" | "manyToMany"
      ? InferTypeOf<TargetOf<T>>[]
      : [K, N] extends ["belongsTo", false]
        ? InferTypeOf<TargetOf<T>>
        : InferTypeOf<TargetOf<T>> | null
    : never

type Scalars<S extends DmlSchema> = {
  [K in keyof S as S[K] extends PropertyBuilder<unknown, boolean> ? K : never]: S[K] extends PropertyBuilder<
    infer T,
    boolean
  >
    ? T
    : never
}

type ForeignKeys<S extends DmlSchema> = { [K in keyof S as FkKey<K, S[K]>]: FkValue<S[K]> }

type Relations<S extends DmlSchema> = {
  [K in keyof S as S[K] extends PropertyBuilder<unknown, boolean> ? never : K]?: RelationValue<S[K]>
}

/** The implicit columns of every model. */
export interface Timestamps {
  created_at: Date
  updated_at: Date
  deleted_at: Date | null
}

/**
 * The plain row type of a model: scalars, foreign keys, optional loaded relations and timestamps.
 *
 * @example
 * type Post = InferTypeOf<typeof BlogPost>;
 * // { id: string; title: string; comments?: Comment[]; created_at: Date; ... }
 */
export type InferTypeOf<E> = Simplify<
  Scalars<SchemaOf<E>> & ForeignKeys<SchemaOf<E>> & Relations<SchemaOf<E>> & Timestamps
>

type RequiredScalarKeys<S extends DmlSchema> = {
  [K in keyof S]: S[K] extends PropertyBuilder<unknown, false> ? K : never
}[keyof S]

type OptionalScalarKeys<S extends DmlSchema> = {
  [K in keyof S]: S[K] extends PropertyBuilder<unknown, true> ? K : never
}[keyof S]

type CreateShape<S extends DmlSchema> = { [K in RequiredScalarKeys<S>]: Scalars<S>[K & keyof Scalars<S>] } & {
  [K in OptionalScalarKeys<S>]?: Scalars<S>[K & keyof Scalars<S>]
} & { [K in keyof S as FkValue<S[K]> extends string ? FkKey<K, S[K]> : never]: string } & {
  [K in keyof S as FkValue<S[K]> extends string ? never : FkKey<K, S[K]>]?: string | null
}

/**
 * What a create accepts: fields without default that are not nullable are required, the rest optional;
 * relations are set through their foreign key (`<relation>_id`); timestamps are not accepted.
 *
 * @example
 * const input: CreateInput<typeof Comment> = { body: "Nice", blog_post_id: "bp_01J…" };
 */
export type CreateInput<E> = Simplify<CreateShape<SchemaOf<E>>>

/**
 * What an update accepts: every field of `CreateInput`, all optional.
 *
 * @example
 * const patch: UpdateInput<typeof Comment> = { body: "Edited" };
 */
export type UpdateInput<E> = Partial<CreateInput<E>>
