/**
 * Printers write figures the way the amount grammar reads them back: one function for both
 * ("3 000 000 027", "1 237,5", "−27").
 */
export { formatSwedish } from '../../grammars/amount/index.js';
