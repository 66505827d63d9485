import { InjectManager, MedusaContext, MedusaService, type Context } from "@stratum/framework/utils"
import { Customer, CustomerAddress } from "./models/index.js"

/**
 * The customer module's service: Medusa's generated methods for customers and their addresses
 * (`createCustomers`, `listCustomers`, `updateCustomerAddresses`, ...) and a lookup by email.
 *
 * @example
 * const customers = container.resolve<CustomerModuleService>("customer")
 * const ada = await customers.createCustomers({ email: "ada@example.com", first_name: "Ada" })
 */
export class CustomerModuleService extends MedusaService({ Customer, CustomerAddress }) {
  /**
   * The live customer with this email (compared case-insensitively), or `null`.
   *
   * @example
   * const customer = await customers.retrieveCustomerByEmail("ADA@example.com")
   */
  @InjectManager()
  async retrieveCustomerByEmail(email: string, @MedusaContext() sharedContext: Context = {}) {
    const [customer] = await this.listCustomers(
      { email: email.trim().toLowerCase() },
      { relations: ["addresses"], take: 1 },
      sharedContext,
    )
    return customer ?? null
  }
}
