// Method declarations (from `renderServiceDeclarations`) for the generated methods the product service
// overrides, so that the overrides are real methods. A .ts file, so that it ships in dist.
import type { Context, TypedFilters, TypedFindConfig } from "@stratum/framework/utils"

declare module "@stratum/framework/utils" {
  interface GeneratedServiceMethods<E, C, U> {
    Product: {
      retrieveProduct(id: string, config?: TypedFindConfig<E>, sharedContext?: Context): Promise<E>
      listProducts(
        filters: TypedFilters<E> | undefined,
        config: TypedFindConfig<E> & { count: true },
        sharedContext?: Context,
      ): Promise<number>
      listProducts(filters?: TypedFilters<E>, config?: TypedFindConfig<E>, sharedContext?: Context): Promise<E[]>
      listAndCountProducts(
        filters?: TypedFilters<E>,
        config?: TypedFindConfig<E>,
        sharedContext?: Context,
      ): Promise<[E[], number]>
      createProducts(data: C, sharedContext?: Context): Promise<E>
      createProducts(data: C[], sharedContext?: Context): Promise<E[]>
      updateProducts(id: string, data: U, sharedContext?: Context): Promise<E>
      updateProducts(data: U & { id: string }, sharedContext?: Context): Promise<E>
      updateProducts(
        data:
          (U & { id: string })[] | { selector: TypedFilters<E>; data: U } | { selector: TypedFilters<E>; data: U }[],
        sharedContext?: Context,
      ): Promise<E[]>
      deleteProducts(
        ids: string | string[] | Record<string, unknown> | Record<string, unknown>[],
        sharedContext?: Context,
      ): Promise<void>
      softDeleteProducts(
        ids: string | string[] | Record<string, unknown> | Record<string, unknown>[],
        config?: { returnLinkableKeys?: string[] } | Context,
        sharedContext?: Context,
      ): Promise<Record<string, string[]>>
      restoreProducts(
        ids: string | string[] | Record<string, unknown> | Record<string, unknown>[],
        config?: { returnLinkableKeys?: string[] } | Context,
        sharedContext?: Context,
      ): Promise<Record<string, string[]>>
    }
  }
}
