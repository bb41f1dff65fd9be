import type { SallaResource } from '../common/operation';
import { customer } from './customer';
import { customerGroup } from './customerGroup';

/** Every resource of the Salla node: one line each. */
export const resources: SallaResource[] = [customerGroup, customer];
