export { CustomerRepository } from "./customer-repository.js"
export { CustomerAddressRepository } from "./customer-address-repository.js"
