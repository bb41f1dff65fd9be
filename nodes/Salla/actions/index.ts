import type { SallaResource } from '../common/operation';
import { abandonedCart } from './abandonedCart';
import { branch } from './branch';
import { brand } from './brand';
import { category } from './category';
import { coupon } from './coupon';
import { customer } from './customer';
import { customUrl } from './customUrl';
import { customerGroup } from './customerGroup';
import { order } from './order';
import { orderStatus } from './orderStatus';
import { product } from './product';
import { productOption } from './productOption';
import { productOptionTemplate } from './productOptionTemplate';
import { productOptionValue } from './productOptionValue';
import { productTag } from './productTag';
import { productVariant } from './productVariant';
import { review } from './review';
import { seo } from './seo';
import { shipment } from './shipment';
import { shippingCompany } from './shippingCompany';
import { specialOffer } from './specialOffer';
import { tax } from './tax';

/** Every resource of the Salla node: one line each. */
export const resources: SallaResource[] = [
	abandonedCart,
	branch,
	brand,
	category,
	coupon,
	customer,
	customerGroup,
	customUrl,
	order,
	orderStatus,
	product,
	productOption,
	productOptionTemplate,
	productOptionValue,
	productTag,
	productVariant,
	review,
	seo,
	shipment,
	shippingCompany,
	specialOffer,
	tax,
];
