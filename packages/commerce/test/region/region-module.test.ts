import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { createCommerceApp, type CommerceApp } from "../support/commerce-app.js"

describe("region module", () => {
  let commerce: CommerceApp
  before(async () => {
    commerce = await createCommerceApp()
  })
  after(() => commerce?.close())

  test("creates regions with a currency and their countries, and lists them", async () => {
    const region = await commerce.region.createRegions({
      name: "Europe",
      currency_code: "eur",
      countries: [
        { iso_2: "fr", iso_3: "fra", num_code: "250", name: "FRANCE", display_name: "France" },
        { iso_2: "de", iso_3: "deu", num_code: "276", name: "GERMANY", display_name: "Germany" },
      ],
    })
    assert.match(region.id, /^reg_[0-9A-Z]{26}$/)
    assert.equal(region.automatic_taxes, true)
    const [found] = await commerce.region.listRegions({ currency_code: "eur" }, { relations: ["countries"] })
    assert.equal(found?.name, "Europe")
    assert.deepEqual(found?.countries?.map((country) => country.iso_2).sort(), ["de", "fr"])
    const countries = await commerce.region.listCountries({ region_id: region.id }, { order: { iso_2: "ASC" } })
    assert.deepEqual(
      countries.map((country) => country.display_name),
      ["Germany", "France"],
    )
  })

  test("updates a region's currency", async () => {
    const region = await commerce.region.createRegions({ name: "US", currency_code: "usd" })
    const updated = await commerce.region.updateRegions(region.id, { currency_code: "cad" })
    assert.equal(updated.currency_code, "cad")
  })
})
