export { Customer } from "./customer.js"
export { CustomerAddress } from "./customer-address.js"
