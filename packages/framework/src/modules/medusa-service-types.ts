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

/** The generated methods, named from each model key. */
export type GeneratedMethods<TModels extends ModelMap> = {
  [K in keyof TModels & string as `retrieve${Capitalize<K>}`]: RetrieveMethod<Entity<TModels[K]>>
} & {
  [K in keyof TModels & string as `list${Pluralize<Capitalize<K>>}`]: ListMethod<Entity<TModels[K]>>
} & {
  [K in keyof TModels & string as `listAndCount${Pluralize<Capitalize<K>>}`]: ListAndCountMethod<Entity<TModels[K]>>
} & {
  [K in keyof TModels & string as `create${Pluralize<Capitalize<K>>}`]: CreateMethod<
    Entity<TModels[K]>,
    CreateOf<TModels[K]>
  >
} & {
  [K in keyof TModels & string as `update${Pluralize<Capitalize<K>>}`]: UpdateMethod<
    Entity<TModels[K]>,
    UpdateOf<TModels[K]>
  >
} & {
  [K in keyof TModels & string as `delete${Pluralize<Capitalize<K>>}`]: DeleteMethod
} & {
  [
    K in keyof TModels & string as `softDelete${Pluralize<Capitalize<K>>}` | `restore${Pluralize<Capitalize<K>>}`
  ]: SoftDeleteMethod
}

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
