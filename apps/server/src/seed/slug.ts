/**
 * A URL handle: lower case ASCII letters and digits joined by dashes.
 *
 * @example
 * slug("Chloé's Tee") // "chloe-s-tee"
 */
export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
}
