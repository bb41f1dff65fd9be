import type { SallaResource } from '../common/operation';
import { coupon } from './coupon';
import { customerGroup } from './customerGroup';
import { review } from './review';
import { shipment } from './shipment';
import { shippingCompany } from './shippingCompany';
import { specialOffer } from './specialOffer';

/** Every resource of the Salla node: one line each. */
export const resources: SallaResource[] = [customerGroup, coupon, specialOffer, review, shipment, shippingCompany];
