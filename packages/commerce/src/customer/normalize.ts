import { MedusaError, type Row } from "@stratum/framework/utils"

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const COUNTRY_CODE = /^[a-z]{2}$/

function invalid(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/**
 * Trims and lower-cases an email, refusing one that is not `local@domain.tld`.
 *
 * @example
 * normalizeEmail(" Ada@Example.COM ") // "ada@example.com"
 */
export function normalizeEmail(value: unknown): unknown {
  if (typeof value !== "string") return value
  const email = value.trim().toLowerCase()
  if (!EMAIL.test(email))
    throw invalid(`Invalid email ${JSON.stringify(value)}: expected an address like name@example.com`)
  return email
}

/**
 * Lower-cases an ISO 3166-1 alpha-2 country code, refusing anything else.
 *
 * @example
 * normalizeCountryCode("DE") // "de"
 */
export function normalizeCountryCode(value: unknown): unknown {
  if (typeof value !== "string") return value
  const code = value.trim().toLowerCase()
  if (!COUNTRY_CODE.test(code)) {
    throw invalid(`Invalid country_code ${JSON.stringify(value)}: expected a two-letter ISO 3166-1 code such as "us"`)
  }
  return code
}

/**
 * A customer address input with its country code normalized.
 *
 * @example
 * normalizeAddress({ city: "Berlin", country_code: "DE" }) // { city: "Berlin", country_code: "de" }
 */
export function normalizeAddress(row: Row): Row {
  if (typeof row !== "object" || row === null || row.country_code === undefined) return row
  return { ...row, country_code: normalizeCountryCode(row.country_code) }
}

/**
 * A customer input with its email and nested addresses normalized.
 *
 * @example
 * normalizeCustomer({ email: "ADA@x.io", addresses: [{ country_code: "GB" }] })
 * // { email: "ada@x.io", addresses: [{ country_code: "gb" }] }
 */
export function normalizeCustomer(row: Row): Row {
  if (typeof row !== "object" || row === null) return row
  const normalized: Row = { ...row }
  if (row.email !== undefined) normalized.email = normalizeEmail(row.email)
  if (Array.isArray(row.addresses)) {
    normalized.addresses = row.addresses.map((address: unknown) =>
      typeof address === "object" && address !== null ? normalizeAddress(address as Row) : address,
    )
  }
  return normalized
}
