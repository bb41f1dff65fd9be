import type { SallaResource } from '../common/operation';
import { customerGroup } from './customerGroup';
import { order } from './order';
import { orderStatus } from './orderStatus';

/** Every resource of the Salla node: one line each. */
export const resources: SallaResource[] = [customerGroup, order, orderStatus];
