// Method declarations (from `renderServiceDeclarations`) for the generated methods the pricing service
// overrides, so that the overrides are real methods. A .ts file, so that it ships in dist.
import type { Context, TypedFilters, TypedFindConfig } from "@stratum/framework/utils"

declare module "@stratum/framework/utils" {
  interface GeneratedServiceMethods<E, C, U> {
    PriceList: {
      retrievePriceList(id: string, config?: TypedFindConfig<E>, sharedContext?: Context): Promise<E>
      listPriceLists(
        filters: TypedFilters<E> | undefined,
        config: TypedFindConfig<E> & { count: true },
        sharedContext?: Context,
      ): Promise<number>
      listPriceLists(filters?: TypedFilters<E>, config?: TypedFindConfig<E>, sharedContext?: Context): Promise<E[]>
      listAndCountPriceLists(
        filters?: TypedFilters<E>,
        config?: TypedFindConfig<E>,
        sharedContext?: Context,
      ): Promise<[E[], number]>
      createPriceLists(data: C, sharedContext?: Context): Promise<E>
      createPriceLists(data: C[], sharedContext?: Context): Promise<E[]>
      updatePriceLists(id: string, data: U, sharedContext?: Context): Promise<E>
      updatePriceLists(data: U & { id: string }, sharedContext?: Context): Promise<E>
      updatePriceLists(
        data:
          (U & { id: string })[] | { selector: TypedFilters<E>; data: U } | { selector: TypedFilters<E>; data: U }[],
        sharedContext?: Context,
      ): Promise<E[]>
      deletePriceLists(
        ids: string | string[] | Record<string, unknown> | Record<string, unknown>[],
        sharedContext?: Context,
      ): Promise<void>
      softDeletePriceLists(
        ids: string | string[] | Record<string, unknown> | Record<string, unknown>[],
        config?: { returnLinkableKeys?: string[] } | Context,
        sharedContext?: Context,
      ): Promise<Record<string, string[]>>
      restorePriceLists(
        ids: string | string[] | Record<string, unknown> | Record<string, unknown>[],
        config?: { returnLinkableKeys?: string[] } | Context,
        sharedContext?: Context,
      ): Promise<Record<string, string[]>>
    }
    PriceSet: {
      retrievePriceSet(id: string, config?: TypedFindConfig<E>, sharedContext?: Context): Promise<E>
      listPriceSets(
        filters: TypedFilters<E> | undefined,
        config: TypedFindConfig<E> & { count: true },
        sharedContext?: Context,
      ): Promise<number>
      listPriceSets(filters?: TypedFilters<E>, config?: TypedFindConfig<E>, sharedContext?: Context): Promise<E[]>
      listAndCountPriceSets(
        filters?: TypedFilters<E>,
        config?: TypedFindConfig<E>,
        sharedContext?: Context,
      ): Promise<[E[], number]>
      createPriceSets(data: C, sharedContext?: Context): Promise<E>
      createPriceSets(data: C[], sharedContext?: Context): Promise<E[]>
      updatePriceSets(id: string, data: U, sharedContext?: Context): Promise<E>
      updatePriceSets(data: U & { id: string }, sharedContext?: Context): Promise<E>
      updatePriceSets(
        data:
          (U & { id: string })[] | { selector: TypedFilters<E>; data: U } | { selector: TypedFilters<E>; data: U }[],
        sharedContext?: Context,
      ): Promise<E[]>
      deletePriceSets(
        ids: string | string[] | Record<string, unknown> | Record<string, unknown>[],
        sharedContext?: Context,
      ): Promise<void>
      softDeletePriceSets(
        ids: string | string[] | Record<string, unknown> | Record<string, unknown>[],
        config?: { returnLinkableKeys?: string[] } | Context,
        sharedContext?: Context,
      ): Promise<Record<string, string[]>>
      restorePriceSets(
        ids: string | string[] | Record<string, unknown> | Record<string, unknown>[],
        config?: { returnLinkableKeys?: string[] } | Context,
        sharedContext?: Context,
      ): Promise<Record<string, string[]>>
    }
  }
}
