import type { SallaResource } from '../common/operation';
import { abandonedCart } from './abandonedCart';
import { advertisement } from './advertisement';
import { affiliate } from './affiliate';
import { branch } from './branch';
import { branchAllocation } from './branchAllocation';
import { branchDeliveryZone } from './branchDeliveryZone';
import { brand } from './brand';
import { category } from './category';
import { city } from './city';
import { country } from './country';
import { coupon } from './coupon';
import { currency } from './currency';
import { customer } from './customer';
import { customerGroup } from './customerGroup';
import { customerWallet } from './customerWallet';
import { customUrl } from './customUrl';
import { dnsRecord } from './dnsRecord';
import { employee } from './employee';
import { language } from './language';
import { order } from './order';
import { orderAssignmentRule } from './orderAssignmentRule';
import { orderInvoice } from './orderInvoice';
import { orderOption } from './orderOption';
import { orderReservation } from './orderReservation';
import { orderStatus } from './orderStatus';
import { payment } from './payment';
import { product } from './product';
import { productOption } from './productOption';
import { productOptionTemplate } from './productOptionTemplate';
import { productOptionValue } from './productOptionValue';
import { productTag } from './productTag';
import { productVariant } from './productVariant';
import { review } from './review';
import { seo } from './seo';
import { setting } from './setting';
import { shipment } from './shipment';
import { shippingCompany } from './shippingCompany';
import { shippingRoute } from './shippingRoute';
import { shippingZone } from './shippingZone';
import { specialOffer } from './specialOffer';
import { store } from './store';
import { tax } from './tax';
import { transaction } from './transaction';
import { webhook } from './webhook';

/** Every resource of the Salla node: one line each. */
export const resources: SallaResource[] = [
	abandonedCart,
	advertisement,
	affiliate,
	branch,
	branchAllocation,
	branchDeliveryZone,
	brand,
	category,
	city,
	country,
	coupon,
	currency,
	customer,
	customerGroup,
	customerWallet,
	customUrl,
	dnsRecord,
	employee,
	language,
	order,
	orderAssignmentRule,
	orderInvoice,
	orderOption,
	orderReservation,
	orderStatus,
	payment,
	product,
	productOption,
	productOptionTemplate,
	productOptionValue,
	productTag,
	productVariant,
	review,
	seo,
	setting,
	shipment,
	shippingCompany,
	shippingRoute,
	shippingZone,
	specialOffer,
	store,
	tax,
	transaction,
	webhook,
];
