import type { SallaResource } from '../common/operation';
import { customerGroup } from './customerGroup';
import { product } from './product';
import { productVariant } from './productVariant';

/** Every resource of the Salla node: one line each. */
export const resources: SallaResource[] = [customerGroup, product, productVariant];
