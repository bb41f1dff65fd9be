import type { SallaResource } from '../common/operation';
import { abandonedCart } from './abandonedCart';
import { branch } from './branch';
import { branchAllocation } from './branchAllocation';
import { branchDeliveryZone } from './branchDeliveryZone';
import { brand } from './brand';
import { category } from './category';
import { coupon } from './coupon';
import { customer } from './customer';
import { customerGroup } from './customerGroup';
import { order } from './order';
import { orderAssignmentRule } from './orderAssignmentRule';
import { orderInvoice } from './orderInvoice';
import { orderOption } from './orderOption';
import { orderReservation } from './orderReservation';
import { orderStatus } from './orderStatus';
import { product } from './product';
import { productVariant } from './productVariant';
import { review } from './review';
import { shipment } from './shipment';
import { shippingCompany } from './shippingCompany';
import { shippingRoute } from './shippingRoute';
import { shippingZone } from './shippingZone';
import { specialOffer } from './specialOffer';
import { tax } from './tax';

/** Every resource of the Salla node: one line each. */
export const resources: SallaResource[] = [
	abandonedCart,
	branch,
	branchAllocation,
	branchDeliveryZone,
	brand,
	category,
	coupon,
	customer,
	customerGroup,
	order,
	orderAssignmentRule,
	orderInvoice,
	orderOption,
	orderReservation,
	orderStatus,
	product,
	productVariant,
	review,
	shipment,
	shippingCompany,
	shippingRoute,
	shippingZone,
	specialOffer,
	tax,
];
