import type { SallaResource } from '../common/operation';
import { abandonedCart } from './abandonedCart';
import { brand } from './brand';
import { branch } from './branch';
import { category } from './category';
import { customerGroup } from './customerGroup';
import { tax } from './tax';

/** Every resource of the Salla node: one line each. */
export const resources: SallaResource[] = [customerGroup, category, brand, tax, branch, abandonedCart];
