import assert from "node:assert/strict"
import { after, before, beforeEach, describe, test } from "node:test"
import { createTestApp, type TestApp } from "@stratum/framework/testing"
import CustomerModule, { type CustomerModuleService } from "../../src/customer/index.js"
import { rejection } from "../support/rejection.js"

describe("customer module", () => {
  let app: TestApp
  let customers: CustomerModuleService
  before(async () => {
    app = await createTestApp({ modules: [CustomerModule] })
    customers = app.container.resolve<CustomerModuleService>("customer")
  })
  after(() => app?.close())
  beforeEach(async () => {
    await app.manager.query("delete from customer_addresses; delete from customers")
  })

  test("creates a customer with addresses in the customers and customer_addresses tables", async () => {
    const ada = await customers.createCustomers({
      email: "ada@example.com",
      first_name: "Ada",
      last_name: "Lovelace",
      phone: "+44 20 1234",
      metadata: { vip: true },
      addresses: [{ address_1: "12 St James's Square", city: "London", country_code: "GB", is_default_shipping: true }],
    })
    assert.match(ada.id, /^cus_/)
    const loaded = await customers.retrieveCustomer(ada.id, { relations: ["addresses"] })
    assert.deepEqual(loaded.metadata, { vip: true })
    assert.equal(loaded.addresses?.[0]?.country_code, "gb")
    const [row] = await app.manager.query<{ n: number }>(
      "select count(*) as n from customer_addresses where customer_id = $1",
      [ada.id],
    )
    assert.equal(row?.n, 1)
  })

  test("email is unique among live customers, case-insensitively; a deleted customer's email is free again", async () => {
    const first = await customers.createCustomers({ email: "Grace@Example.com" })
    assert.equal(first.email, "grace@example.com")
    const duplicate = await rejection(customers.createCustomers({ email: " grace@example.COM " }))
    assert.equal(duplicate.type, "duplicate_error")
    assert.match(duplicate.message, /email/)
    await customers.softDeleteCustomers(first.id)
    const again = await customers.createCustomers({ email: "grace@example.com" })
    assert.notEqual(again.id, first.id)
    assert.equal((await customers.retrieveCustomerByEmail("GRACE@example.com"))?.id, again.id)
    assert.equal(await customers.retrieveCustomerByEmail("nobody@example.com"), null)
  })

  test("an invalid email or country code is invalid_data and nothing is written", async () => {
    const email = await rejection(customers.createCustomers([{ email: "ok@example.com" }, { email: "not-an-email" }]))
    assert.equal(email.type, "invalid_data")
    assert.match(email.message, /not-an-email/)
    const missing = await rejection(customers.createCustomers({ first_name: "No email" } as never))
    assert.equal(missing.type, "invalid_data")
    const country = await rejection(
      customers.createCustomers({ email: "x@example.com", addresses: [{ city: "Nowhere", country_code: "XYZ" }] }),
    )
    assert.equal(country.type, "invalid_data")
    assert.match(country.message, /country_code/)
    assert.equal(await customers.listCustomers({}, { count: true }), 0)
  })

  test("updates normalize the email too and keep it unique", async () => {
    const [a, b] = await customers.createCustomers([{ email: "a@example.com" }, { email: "b@example.com" }])
    const updated = await customers.updateCustomers(a!.id, { email: "A.New@Example.com" })
    assert.equal(updated.email, "a.new@example.com")
    const error = await rejection(customers.updateCustomers({ id: b!.id, email: "A.NEW@example.com" }))
    assert.equal(error.type, "duplicate_error")
  })

  test("at most one default shipping and one default billing address per customer", async () => {
    const customer = await customers.createCustomers({ email: "d@example.com" })
    const other = await customers.createCustomers({ email: "o@example.com" })
    const home = await customers.createCustomerAddresses({
      customer_id: customer.id,
      address_name: "home",
      is_default_shipping: true,
      is_default_billing: true,
    })
    const elsewhere = await customers.createCustomerAddresses({
      customer_id: other.id,
      address_name: "other's",
      is_default_shipping: true,
    })
    const work = await customers.createCustomerAddresses({
      customer_id: customer.id,
      address_name: "work",
      is_default_shipping: true,
    })
    assert.equal(work.is_default_shipping, true)
    const byName = async () =>
      Object.fromEntries(
        (await customers.listCustomerAddresses({})).map((a) => [
          a.address_name,
          [a.is_default_shipping, a.is_default_billing],
        ]),
      )
    assert.deepEqual(await byName(), { home: [false, true], work: [true, false], "other's": [true, false] })
    await customers.updateCustomerAddresses(home.id, { is_default_shipping: true })
    assert.deepEqual(await byName(), { home: [true, true], work: [false, false], "other's": [true, false] })
    assert.equal((await customers.retrieveCustomerAddress(elsewhere.id)).is_default_shipping, true)
    const twoDefaults = await rejection(
      customers.createCustomers({
        email: "two@example.com",
        addresses: [{ is_default_billing: true }, { is_default_billing: true }],
      }),
    )
    assert.equal(twoDefaults.type, "invalid_data")
  })

  test("soft-deleting a customer soft-deletes its addresses; restore brings them back", async () => {
    const customer = await customers.createCustomers({
      email: "r@example.com",
      addresses: [{ city: "Paris", country_code: "fr" }],
    })
    const deleted = await customers.softDeleteCustomers(customer.id)
    assert.equal(deleted.customer_address_id?.length, 1)
    assert.equal(await customers.listCustomerAddresses({ customer_id: customer.id }, { count: true }), 0)
    await customers.restoreCustomers(customer.id)
    assert.equal(await customers.listCustomerAddresses({ customer_id: customer.id }, { count: true }), 1)
  })

  test("free-text search over names, email and phone", async () => {
    await customers.createCustomers([
      { email: "ada@example.com", first_name: "Ada", last_name: "Lovelace" },
      { email: "grace@example.com", first_name: "Grace", last_name: "Hopper" },
    ])
    const found = await customers.listCustomers({ q: "hopp" })
    assert.deepEqual(
      found.map((c) => c.email),
      ["grace@example.com"],
    )
  })
})
