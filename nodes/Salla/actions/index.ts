import type { SallaResource } from '../common/operation';
import { coupon } from './coupon';
import { customerGroup } from './customerGroup';
import { specialOffer } from './specialOffer';

/** Every resource of the Salla node: one line each. */
export const resources: SallaResource[] = [customerGroup, coupon, specialOffer];
