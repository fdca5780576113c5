export { auditBudget, computeBudget, Dec } from '../../src/index.js';
/** The shape of a generated item before it gets a name. */
export interface ItemInputLike {
  name: string;
  unitPrice: string;
  quantity: string;
}
