import type { Manager } from "@stratum/framework"
import { insertColumns, text } from "../bulk-insert.js"
import { seedId } from "../seed-ids.js"

/** A country of a seeded region, with cities that customer addresses use. */
export interface SeedCountry {
  iso_2: string
  iso_3: string
  num_code: string
  name: string
  display_name: string
  cities: readonly string[]
}

/** A seeded region: one currency, several countries. */
export interface SeedRegion {
  id: string
  name: string
  currency_code: "usd" | "eur"
  countries: readonly SeedCountry[]
}

const country = (iso_2: string, iso_3: string, num_code: string, display_name: string, cities: string) => ({
  iso_2,
  iso_3,
  num_code,
  name: display_name.toUpperCase(),
  display_name,
  cities: cities.split(", "),
})

/**
 * The two demo regions: North America in usd (us) and Europe in eur (de, fr, it, es, nl).
 *
 * @example
 * planRegions().map((region) => region.currency_code) // ["usd", "eur"]
 */
export function planRegions(): SeedRegion[] {
  return [
    {
      id: seedId("reg", 0),
      name: "North America",
      currency_code: "usd",
      countries: [country("us", "usa", "840", "United States", "New York, Austin, Seattle, Denver, Chicago, Boston")],
    },
    {
      id: seedId("reg", 1),
      name: "Europe",
      currency_code: "eur",
      countries: [
        country("de", "deu", "276", "Germany", "Berlin, Hamburg, Munich, Cologne"),
        country("fr", "fra", "250", "France", "Paris, Lyon, Marseille, Nantes"),
        country("it", "ita", "380", "Italy", "Rome, Milan, Turin, Bologna"),
        country("es", "esp", "724", "Spain", "Madrid, Barcelona, Valencia, Seville"),
        country("nl", "nld", "528", "Netherlands", "Amsterdam, Rotterdam, Utrecht"),
      ],
    },
  ]
}

/**
 * Inserts the regions and their countries (`regions`, `region_countries`); returns the new rows.
 *
 * @example
 * await insertRegions(manager, planRegions()) // 8 the first time, 0 afterwards
 */
export async function insertRegions(manager: Manager, regions: readonly SeedRegion[]): Promise<number> {
  const countries = regions.flatMap((region) => region.countries.map((c) => ({ ...c, region_id: region.id })))
  const inserted = await insertColumns(manager, "regions", {
    id: text(regions.map((r) => r.id)),
    name: text(regions.map((r) => r.name)),
    currency_code: text(regions.map((r) => r.currency_code)),
  })
  return (
    inserted +
    (await insertColumns(manager, "region_countries", {
      iso_2: text(countries.map((c) => c.iso_2)),
      iso_3: text(countries.map((c) => c.iso_3)),
      num_code: text(countries.map((c) => c.num_code)),
      name: text(countries.map((c) => c.name)),
      display_name: text(countries.map((c) => c.display_name)),
      region_id: text(countries.map((c) => c.region_id)),
    }))
  )
}
