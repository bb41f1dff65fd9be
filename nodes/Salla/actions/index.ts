import type { SallaResource } from '../common/operation';
import { abandonedCart } from './abandonedCart';
import { branch } from './branch';
import { brand } from './brand';
import { category } from './category';
import { customer } from './customer';
import { customerGroup } from './customerGroup';
import { product } from './product';
import { productVariant } from './productVariant';
import { tax } from './tax';

/** Every resource of the Salla node: one line each. */
export const resources: SallaResource[] = [
	abandonedCart,
	branch,
	brand,
	category,
	customer,
	customerGroup,
	product,
	productVariant,
	tax,
];
