/**
 * The URL handle Medusa derives from a title: lower case, accents stripped, words joined by `-`.
 *
 * @example
 * toHandle("Café Crème  Shirt!") // "cafe-creme-shirt"
 */
export function toHandle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}
