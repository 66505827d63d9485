import type { TypedResolve } from "../container/container-registrations.js"
import type { Context } from "../context/shared-context.js"
import type { Manager } from "../database/manager.js"
import type { DmlEntity } from "../dml/entity.js"
import type { DmlSchema } from "../dml/schema.js"
import type { CreateInput, InferTypeOf, UpdateInput } from "../dml/types.js"
import type { InternalService } from "./internal-service.js"
import type { MedusaRepository } from "./medusa-repository.js"
import type { RelationLoadStrategy, Row, SortDirection } from "./sql/types.js"

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDmlEntity = DmlEntity<string, any>

/** The object passed to `MedusaService({...})`: model key -> DML model. */
export type ModelMap = Record<string, AnyDmlEntity>

/** A module's container as services see it: `resolve(key)`, or property access. */
export interface ServiceContainer extends TypedResolve {
  [key: string]: unknown
}

/** The type-level plural of generated method names (regular English rules). */
export type Pluralize<S extends string> = S extends `${string}${"s" | "x" | "z" | "ch" | "sh"}`
  ? `${S}es`
  : S extends `${infer Head}y`
    ? Head extends `${string}${"a" | "e" | "i" | "o" | "u"}`
      ? `${S}s`
      : `${Head}ies`
    : `${S}s`

type Primitive = string | number | boolean | Date | bigint | null | undefined

type RelationKeys<T> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends Primitive
    ? never
    : NonNullable<T[K]> extends (infer E)[]
      ? E extends Primitive
        ? never
        : K
      : K
}[keyof T & string]

type ScalarKeys<T> = Exclude<keyof T & string, RelationKeys<T>>

/** Field paths of `select`: own fields, `"*"`, and `relation.field` / `relation.*` paths. */
export type SelectPath<T> = ScalarKeys<T> | "*" | `${RelationKeys<T>}.${string}`

/** Relation paths of `relations`: a relation, or `relation.deeper...`. */
export type RelationPath<T> = RelationKeys<T> | `${RelationKeys<T>}.${string}`

export type OrderFor<T> = {
  [K in keyof T & string]?: NonNullable<T[K]> extends Primitive ? SortDirection : Record<string, unknown>
}

/** FindConfig typed from the model: a misspelled field fails to compile. */
export interface TypedFindConfig<T> {
  select?: SelectPath<T>[]
  relations?: RelationPath<T>[]
  order?: OrderFor<T>
  skip?: number
  take?: number | null
  withDeleted?: boolean
  relationLoadStrategy?: RelationLoadStrategy
  options?: { strategy?: RelationLoadStrategy | "balanced" }
}

export interface OperatorMap<V> {
  $eq?: V | null
  $ne?: V | null
  $in?: V[]
  $nin?: V[]
  $gt?: V
  $gte?: V
  $lt?: V
  $lte?: V
  $like?: string
  $ilike?: string
  $not?: V | null | OperatorMap<V>
}

type ScalarFilter<V> = V | V[] | null | OperatorMap<V>

type FieldFilter<V> =
  NonNullable<V> extends Date
    ? ScalarFilter<Date | string>
    : NonNullable<V> extends Primitive
      ? ScalarFilter<NonNullable<V>>
      : NonNullable<V> extends (infer E)[]
        ? E extends Primitive
          ? ScalarFilter<E> | { $contains?: E[]; $overlap?: E[] }
          : TypedFilters<E>
        : TypedFilters<NonNullable<V>>

/** Filters typed from the model: fields, operators, relations, `$and`/`$or`, `q`. */
export type TypedFilters<T> = { [K in keyof T]?: FieldFilter<T[K]> } & {
  q?: string
  $and?: TypedFilters<T>[]
  $or?: TypedFilters<T>[]
}

type IdInput = string | string[] | Record<string, unknown> | Record<string, unknown>[]

interface SoftDeleteConfig {
  returnLinkableKeys?: string[]
}

type Entity<M> = InferTypeOf<M>

interface RetrieveMethod<T> {
  (id: string, config?: TypedFindConfig<T>, sharedContext?: Context): Promise<T>
}
interface ListMethod<T> {
  (
    filters: TypedFilters<T> | undefined,
    config: TypedFindConfig<T> & { count: true },
    sharedContext?: Context,
  ): Promise<number>
  (filters?: TypedFilters<T>, config?: TypedFindConfig<T>, sharedContext?: Context): Promise<T[]>
}
interface ListAndCountMethod<T> {
  (filters?: TypedFilters<T>, config?: TypedFindConfig<T>, sharedContext?: Context): Promise<[T[], number]>
}
interface CreateMethod<T, C> {
  (data: C, sharedContext?: Context): Promise<T>
  (data: C[], sharedContext?: Context): Promise<T[]>
}
interface UpdateMethod<T, U> {
  (id: string, data: U, sharedContext?: Context): Promise<T>
  (data: U & { id: string }, sharedContext?: Context): Promise<T>
  (data: (U & { id: string })[], sharedContext?: Context): Promise<T[]>
  (
    data: { selector: TypedFilters<T>; data: U } | { selector: TypedFilters<T>; data: U }[],
    sharedContext?: Context,
  ): Promise<T[]>
}
interface DeleteMethod {
  (ids: IdInput, sharedContext?: Context): Promise<void>
}
interface SoftDeleteMethod {
  (ids: IdInput, config?: SoftDeleteConfig | Context, sharedContext?: Context): Promise<Record<string, string[]>>
}

type CreateOf<M> = CreateInput<M> & Record<string, unknown>
type UpdateOf<M> = UpdateInput<M> & Record<string, unknown>

/** The generated methods of one model key, as mapped types (callable, but not overridable as methods). */
type MappedMethods<K extends string, M> = {
  [P in K as `retrieve${Capitalize<P>}`]: RetrieveMethod<Entity<M>>
} & {
  [P in K as `list${Pluralize<Capitalize<P>>}`]: ListMethod<Entity<M>>
} & {
  [P in K as `listAndCount${Pluralize<Capitalize<P>>}`]: ListAndCountMethod<Entity<M>>
} & {
  [P in K as `create${Pluralize<Capitalize<P>>}`]: CreateMethod<Entity<M>, CreateOf<M>>
} & {
  [P in K as `update${Pluralize<Capitalize<P>>}`]: UpdateMethod<Entity<M>, UpdateOf<M>>
} & {
  [P in K as `delete${Pluralize<Capitalize<P>>}`]: DeleteMethod
} & {
  [P in K as `softDelete${Pluralize<Capitalize<P>>}` | `restore${Pluralize<Capitalize<P>>}`]: SoftDeleteMethod
}

/**
 * Method declarations per model key, written by `stratum types` into `stratum-env.d.ts` (declaration
 * merging). With them, the generated methods are real methods to TypeScript, so a service can
 * override one (`override async listBlogPosts(...) { ... super.listBlogPosts(...) }`) without
 * `@ts-ignore`. Without them, the methods are still fully typed for calls.
 * `E` is the entity type, `C` the create input, `U` the update input.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars, @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface GeneratedServiceMethods<E, C, U> {}

type UnionToIntersection<T> = (T extends unknown ? (value: T) => void : never) extends (value: infer I) => void
  ? I
  : never

type MethodsOfKey<K extends string, M> = K extends keyof GeneratedServiceMethods<unknown, unknown, unknown>
  ? GeneratedServiceMethods<Entity<M>, CreateOf<M>, UpdateOf<M>>[K]
  : MappedMethods<K, M>

/** The generated methods, named from each model key. */
export type GeneratedMethods<TModels extends ModelMap> = UnionToIntersection<
  { [K in keyof TModels & string]: MethodsOfKey<K, TModels[K]> }[keyof TModels & string]
>

/** `this.<model>Service_` and `this.<model>Repository_` for every model of the service. */
export type InternalMembers<TModels extends ModelMap> = {
  [
    K in keyof TModels &
      string as `${Uncapitalize<TModels[K] extends DmlEntity<infer N, DmlSchema> ? PascalName<N> : K>}Service_`
  ]: InternalService<Entity<TModels[K]> & Row>
} & {
  [
    K in keyof TModels &
      string as `${Uncapitalize<TModels[K] extends DmlEntity<infer N, DmlSchema> ? PascalName<N> : K>}Repository_`
  ]: MedusaRepository<Entity<TModels[K]>>
}

/** `blog_post` -> `BlogPost` at the type level. */
export type PascalName<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Capitalize<Head>}${PascalName<Tail>}`
  : Capitalize<S>

/** Members every generated service has. */
export interface MedusaServiceMembers {
  readonly container_: ServiceContainer
  readonly manager_: Manager
  readonly repository_: MedusaRepository
  atomicPhase_<T>(work: (transactionManager: Manager) => Promise<T>, sharedContext?: Context): Promise<T>
}

/** The class `MedusaService({...})` returns: extend it. */
export interface MedusaServiceConstructor<TModels extends ModelMap> {
  new (cradle: Record<string, unknown>): GeneratedMethods<TModels> & InternalMembers<TModels> & MedusaServiceMembers
  readonly $modelObjects: TModels
}
