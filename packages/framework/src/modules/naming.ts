import pluralizeLibrary from "pluralize"

/** `BlogPost` -> `blogPost` */
export function lowerCaseFirst(value: string): string {
  return value.charAt(0).toLowerCase() + value.slice(1)
}

/** `blogPost` -> `BlogPost` */
export function upperCaseFirst(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}

/**
 * The plural used in generated method names, as Medusa computes it at runtime (`pluralize`,
 * with "info" uncountable): `BlogPost` -> `BlogPosts`, `Category` -> `Categories`.
 */
export function pluralize(word: string): string {
  if (/info$/i.test(word)) return word
  return pluralizeLibrary.plural(word)
}

/**
 * The plural the type-level `Pluralize<>` computes (regular English rules only). When it differs
 * from `pluralize()` (irregular words), the service gets both method names.
 */
export function regularPlural(word: string): string {
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`
  return `${word}s`
}
