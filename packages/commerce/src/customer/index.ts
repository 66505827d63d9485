import { Module } from "@stratum/framework/utils"
import { CustomerAddressRepository, CustomerRepository } from "./repositories/index.js"
import { CustomerModuleService } from "./service.js"

export { CustomerModuleService } from "./service.js"
export { Customer, CustomerAddress } from "./models/index.js"
export { CustomerRepository, CustomerAddressRepository } from "./repositories/index.js"

/**
 * The customer module, registered under `"customer"`: customers (`customers`) and their addresses
 * (`customer_addresses`).
 *
 * @example
 * const app = await createApp({ modules: [CustomerModule] })
 * const customers = app.container.resolve<CustomerModuleService>("customer")
 */
const CustomerModule = Module("customer", {
  service: CustomerModuleService,
  repositories: [CustomerRepository, CustomerAddressRepository],
})
export default CustomerModule
