import { pluralize, regularPlural, upperCaseFirst } from "./naming.js"

/** Each method the generator declares, with `{P}` for the plural and `{K}` for the key. */
const SIGNATURES = [
  "retrieve{K}(id: string, config?: TypedFindConfig<E>, sharedContext?: Context): Promise<E>",
  "list{P}(filters: TypedFilters<E> | undefined, config: TypedFindConfig<E> & { count: true }, sharedContext?: Context): Promise<number>",
  "list{P}(filters?: TypedFilters<E>, config?: TypedFindConfig<E>, sharedContext?: Context): Promise<E[]>",
  "listAndCount{P}(filters?: TypedFilters<E>, config?: TypedFindConfig<E>, sharedContext?: Context): Promise<[E[], number]>",
  "create{P}(data: C, sharedContext?: Context): Promise<E>",
  "create{P}(data: C[], sharedContext?: Context): Promise<E[]>",
  "update{P}(id: string, data: U, sharedContext?: Context): Promise<E>",
  "update{P}(data: U & { id: string }, sharedContext?: Context): Promise<E>",
  "update{P}(data: (U & { id: string })[] | { selector: TypedFilters<E>; data: U } | { selector: TypedFilters<E>; data: U }[], sharedContext?: Context): Promise<E[]>",
  "delete{P}(ids: string | string[] | Record<string, unknown> | Record<string, unknown>[], sharedContext?: Context): Promise<void>",
  "softDelete{P}(ids: string | string[] | Record<string, unknown> | Record<string, unknown>[], config?: { returnLinkableKeys?: string[] } | Context, sharedContext?: Context): Promise<Record<string, string[]>>",
  "restore{P}(ids: string | string[] | Record<string, unknown> | Record<string, unknown>[], config?: { returnLinkableKeys?: string[] } | Context, sharedContext?: Context): Promise<Record<string, string[]>>",
]

/**
 * Renders the `stratum-env.d.ts` declarations that make generated service methods overridable:
 * one entry per model key with real method signatures (see `GeneratedServiceMethods`).
 *
 * @example
 * renderServiceDeclarations(["BlogPost"], "@stratum/framework/utils")
 * // declare module "@stratum/framework/utils" { interface GeneratedServiceMethods<E, C, U> { BlogPost: { retrieveBlogPost(...) ... } } }
 */
export function renderServiceDeclarations(
  modelKeys: readonly string[],
  moduleSpecifier = "@stratum/framework/utils",
): string {
  const entries = [...new Set(modelKeys)].sort().map((key) => {
    const name = upperCaseFirst(key)
    const plurals = [...new Set([regularPlural(name), pluralize(name)])]
    const lines = SIGNATURES.flatMap((signature) =>
      signature.includes("{P}")
        ? plurals.map((plural) => `      ${signature.replaceAll("{P}", plural)}`)
        : [`      ${signature.replaceAll("{K}", name)}`],
    )
    return `    ${key}: {\n${lines.join("\n")}\n    }`
  })
  return [
    "// Written by `stratum types`: method declarations for the services' generated methods. Do not edit.",
    `import type { Context, TypedFilters, TypedFindConfig } from "${moduleSpecifier}"`,
    "",
    `declare module "${moduleSpecifier}" {`,
    "  interface GeneratedServiceMethods<E, C, U> {",
    entries.join("\n"),
    "  }",
    "}",
    "",
  ].join("\n")
}
