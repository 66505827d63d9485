import type { GraphRequest } from "./graph-input.js"
import type { GraphResultSet } from "./graph-result.js"

/**
 * The entities `query.graph` knows the shape of, by entity name (alias). Empty here; modules
 * and applications add theirs by declaration merging, links and computed fields included:
 *
 * @example
 * declare module "@stratum/framework/utils" {
 *   interface GraphEntities {
 *     product: InferTypeOf<typeof Product> & { brand?: InferTypeOf<typeof Brand> | null }
 *   }
 * }
 */
// An empty interface is the point: declaration merging fills it.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface GraphEntities {}

type Element<V> = NonNullable<V> extends readonly (infer E)[] ? E : NonNullable<V>

/** A relation, link or nested object (not a scalar, a Date, a JSON record or an array of scalars). */
type IsNested<V> =
  Element<V> extends Date ? false : Element<V> extends object ? (string extends keyof Element<V> ? false : true) : false

type NestedKeys<T> = { [K in keyof T & string]: IsNested<T[K]> extends true ? K : never }[keyof T & string]

/** What a level accepts, listed in the error when a field string is wrong. */
type LevelNames<T> = "*" | (keyof T & string) | `${NestedKeys<T>}.*` | `*${NestedKeys<T>}`

type Normalize<P extends string> = P extends `*${infer R}` ? (R extends "" ? P : `${R}.*`) : P

type Check<T, P extends string> = P extends "*"
  ? P
  : P extends `${infer H}.${infer R}`
    ? H extends NestedKeys<T>
      ? Check<Element<T[H]>, R> extends never
        ? never
        : P
      : never
    : P extends keyof T
      ? P
      : never

/** For a wrong path: the names allowed at the level where it went wrong, prefixed by the path so far. */
type Suggest<T, P extends string> = P extends `${infer H}.${infer R}`
  ? H extends NestedKeys<T>
    ? `${H}.${Suggest<Element<T[H]>, R>}`
    : LevelNames<T>
  : LevelNames<T>

/** Each field string unchanged when it exists, else the names allowed where it went wrong. */
export type CheckedFields<T, F extends readonly string[]> = {
  [K in keyof F]: F[K] extends string
    ? [Check<T, Normalize<F[K]>>] extends [never]
      ? Suggest<T, Normalize<F[K]>>
      : F[K]
    : F[K]
}

type Head<P extends string> = P extends `${infer H}.${string}` ? H : P
type Tail<P extends string, K extends string> = (K extends P ? "*" : never) | (P extends `${K}.${infer R}` ? R : never)
type Simplify<T> = { [K in keyof T]: T[K] } & {}

type Scalars<T> = { [K in keyof T as IsNested<T[K]> extends true ? never : K]-?: T[K] }
type WithId<T> = "id" extends keyof T ? { id: T["id" & keyof T] } : unknown

type Nest<V, P extends string> =
  NonNullable<V> extends readonly (infer E)[]
    ? Selection<E, P>[]
    : Selection<NonNullable<V>, P> | (null extends V ? null : never)

/** The shape `fields` select from `T`: `*` gives its scalars, names and paths give the rest, nested. */
export type Selection<T, P extends string> = Simplify<
  WithId<T> &
    ("*" extends P ? Scalars<T> : unknown) & {
      -readonly [K in keyof T & Head<P>]-?: IsNested<T[K]> extends true ? Nest<T[K], Tail<P, K>> : T[K]
    }
>

/** The row type of a graph request: typed for registered entities, a plain record otherwise. */
export type GraphRow<E extends string, F extends readonly string[]> = E extends keyof GraphEntities
  ? Selection<GraphEntities[E], Normalize<F[number]>>
  : Record<string, unknown>

/** A graph request whose field strings are checked against the entity's registered type. */
export type TypedGraphRequest<E extends string, F extends readonly string[]> = Omit<
  GraphRequest,
  "entity" | "fields"
> & {
  entity: E
  /** Absent or empty: `["*"]`. */
  fields?: E extends keyof GraphEntities ? CheckedFields<GraphEntities[E], F> : F
}

/** `query.graph`: result rows typed from the entity and the field strings. */
export type GraphFunction = <const E extends string, const F extends readonly string[] = readonly ["*"]>(
  request: TypedGraphRequest<E, F>,
) => Promise<GraphResultSet<GraphRow<E, F>>>
