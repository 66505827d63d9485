import type { Manager } from "@stratum/framework"
import { boolean, insertColumns, text, timestamp } from "../bulk-insert.js"
import { createRandom } from "../random.js"
import { SEED_COUNTS } from "../seed-counts.js"
import { seedId } from "../seed-ids.js"
import { slug } from "../slug.js"
import { FIRST_NAMES, LAST_NAMES, STREETS } from "../words.js"
import type { SeedRegion } from "./regions.js"

/** A postal address, as customers keep them and orders copy them. */
export interface SeedAddress {
  id: string
  first_name: string
  last_name: string
  address_1: string
  city: string
  postal_code: string
  country_code: string
  phone: string
}

/** A seeded customer, in one region, with one or two addresses (the first is the default). */
export interface SeedCustomer {
  id: string
  email: string
  first_name: string
  last_name: string
  phone: string
  has_account: boolean
  region: SeedRegion
  addresses: SeedAddress[]
  /** Set by the order plan: a little before the customer's first order. */
  created_at: Date
}

/**
 * `SEED_COUNTS.customers` customers, about 55% in North America and 45% in Europe, each with one or
 * two addresses in their region; emails are unique (`ada.lovelace.17@example.com`).
 *
 * @example
 * planCustomers(planRegions(), now)[0].addresses[0].country_code // "us"
 */
export function planCustomers(regions: readonly SeedRegion[], now: Date): SeedCustomer[] {
  const r = createRandom("customers")
  const [america, europe] = regions
  if (!america || !europe) throw new Error("the customer plan needs the two demo regions")
  let addressOrdinal = 0
  return Array.from({ length: SEED_COUNTS.customers }, (_, i): SeedCustomer => {
    const first_name = r.pick(FIRST_NAMES)
    const last_name = r.pick(LAST_NAMES)
    const region = r.chance(0.55) ? america : europe
    const phone = `+${region === america ? "1" : "49"} ${r.int(200, 999)} ${r.int(1_000_000, 9_999_999)}`
    const addresses = Array.from({ length: r.chance(0.5) ? 2 : 1 }, (): SeedAddress => {
      const country = r.pick(region.countries)
      return {
        id: seedId("cuaddr", addressOrdinal++),
        first_name,
        last_name,
        address_1: `${r.int(1, 240)} ${r.pick(STREETS)}`,
        city: r.pick(country.cities),
        postal_code: String(r.int(10_000, 99_999)),
        country_code: country.iso_2,
        phone,
      }
    })
    return {
      id: seedId("cus", i),
      email: `${slug(first_name)}.${slug(last_name)}.${i + 1}@example.com`,
      first_name,
      last_name,
      phone,
      has_account: r.chance(0.7),
      region,
      addresses,
      created_at: new Date(now.getTime() - r.int(1, 30) * 86_400_000),
    }
  })
}

/**
 * Inserts the customers and their addresses (`customers`, `customer_addresses`).
 *
 * @example
 * await insertCustomers(manager, customers) // 500 customers + about 750 addresses
 */
export async function insertCustomers(manager: Manager, customers: readonly SeedCustomer[]): Promise<number> {
  let inserted = await insertColumns(manager, "customers", {
    id: text(customers.map((c) => c.id)),
    email: text(customers.map((c) => c.email)),
    first_name: text(customers.map((c) => c.first_name)),
    last_name: text(customers.map((c) => c.last_name)),
    phone: text(customers.map((c) => c.phone)),
    has_account: boolean(customers.map((c) => c.has_account)),
    created_at: timestamp(customers.map((c) => c.created_at)),
    updated_at: timestamp(customers.map((c) => c.created_at)),
  })
  const rows = customers.flatMap((customer) => customer.addresses.map((address, i) => ({ customer, address, i })))
  inserted += await insertColumns(manager, "customer_addresses", {
    id: text(rows.map(({ address }) => address.id)),
    customer_id: text(rows.map(({ customer }) => customer.id)),
    address_name: text(rows.map(({ i }) => (i === 0 ? "Home" : "Work"))),
    is_default_shipping: boolean(rows.map(({ i }) => i === 0)),
    is_default_billing: boolean(rows.map(({ i }) => i === 0)),
    first_name: text(rows.map(({ address }) => address.first_name)),
    last_name: text(rows.map(({ address }) => address.last_name)),
    address_1: text(rows.map(({ address }) => address.address_1)),
    city: text(rows.map(({ address }) => address.city)),
    postal_code: text(rows.map(({ address }) => address.postal_code)),
    country_code: text(rows.map(({ address }) => address.country_code)),
    phone: text(rows.map(({ address }) => address.phone)),
    created_at: timestamp(rows.map(({ customer }) => customer.created_at)),
    updated_at: timestamp(rows.map(({ customer }) => customer.created_at)),
  })
  return inserted
}
