import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { toId } from '../shared/validate';

import { withOriginalStatuses } from './actions/order/statusTargets';
import { searchProductImages } from './actions/product/search';
import { searchVariants } from './actions/productVariant/shared';
import { optionsFrom, searchList } from './common/search';

/**
 * The pickers the panel fills from the merchant's store: one line each. They go through the same
 * door as operations. `listSearch` serves "From list" of record locators, `loadOptions` dropdowns.
 */

const fullName = (record: IDataObject) =>
	[record.first_name, record.last_name].filter((part) => typeof part === 'string' && part).join(' ');
const adminUrl = (record: IDataObject) => {
	const url = (record.urls as IDataObject | undefined)?.admin;
	return typeof url === 'string' && /^https:\/\//.test(url) ? url : undefined;
};

const isEmpty = (value: unknown) =>
	value === null || value === undefined || (typeof value === 'object' && Object.keys(value as object).length === 0);
const statusKind = (status: IDataObject) =>
	`${status.type === 'original' ? 'Salla status' : 'Custom status'}${typeof status.slug === 'string' ? ` (${status.slug})` : ''}${
		!isEmpty(status.parent) ? ` under ${String((status.parent as IDataObject).name ?? (status.parent as IDataObject).id)}` : ''
	}`;
/** `slug:<slug>` for Salla's original statuses, `status_id:<id>` for custom ones (Update Status). */
const statusTarget = (status: IDataObject) =>
	status.type === 'original' && typeof status.slug === 'string' && status.slug
		? `slug:${status.slug}`
		: status.id !== undefined
			? `status_id:${String(status.id)}`
			: undefined;

/** The cities of the country chosen in Ship To (`GET /countries/{country}/cities`). */
async function getCities(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const country = toId(
		this.getCurrentNodeParameter('ship_to.address.country') ?? this.getNodeParameter('ship_to.address.country', ''),
	);
	if (country === undefined) return [];
	return await optionsFrom({ path: `/countries/${country}/cities`, value: (city) => city.id as number }).call(this);
}

export const listSearch = {
	// Salla's group list takes no search term: filtered here on the name or the exact ID.
	searchCustomerGroups: searchList({ path: '/customers/groups' }),
	searchOrders: searchList({
		path: '/orders',
		keyword: true,
		name: (order) => {
			const customer = order.customer as IDataObject | undefined;
			const who = customer ? fullName(customer) : '';
			return `#${String(order.reference_id ?? order.id)}${who ? ` · ${who}` : ''}`;
		},
		url: adminUrl,
	}),
	searchProducts: searchList({
		path: '/products',
		keyword: true,
		name: (product) => `${String(product.name ?? product.id)}${product.sku ? ` (${String(product.sku)})` : ''}`,
		url: adminUrl,
	}),
	searchCustomers: searchList({
		path: '/customers',
		keyword: true,
		name: (customer) => {
			const contact = customer.mobile ? `${String(customer.mobile_code ?? '')}${String(customer.mobile)}` : customer.email;
			return `${fullName(customer) || String(customer.id)}${contact ? ` · ${String(contact)}` : ''}`;
		},
		url: adminUrl,
	}),
	searchCategories: searchList({ path: '/categories', keyword: true }),
	searchBrands: searchList({ path: '/brands', keyword: true }),
	searchBranches: searchList({ path: '/branches', keyword: true }),
	searchCoupons: searchList({ path: '/coupons', keyword: true, name: (coupon) => String(coupon.code ?? coupon.id) }),
	searchSpecialOffers: searchList({ path: '/specialoffers' }),
	searchShippingCompanies: searchList({ path: '/shipping/companies' }),
	searchVariants,
	searchProductImages,
	// Salla's keyword searches abandoned carts by customer ID or mobile number.
	searchAbandonedCarts: searchList({
		path: '/carts/abandoned',
		keyword: true,
		name: (cart) => {
			const customer = cart.customer as IDataObject | undefined;
			const total = cart.total as IDataObject | undefined;
			const who = typeof customer?.name === 'string' && customer.name ? ` · ${customer.name}` : '';
			const amount = total?.amount !== undefined ? ` · ${String(total.amount)} ${String(total.currency ?? '')}`.trimEnd() : '';
			return `#${String(cart.id)}${who}${amount}`;
		},
	}),
	searchShipments: searchList({
		path: '/shipments',
		name: (shipment) => {
			const courier = (shipment.courier as IDataObject | undefined)?.name ?? shipment.courier_name;
			const order = shipment.order_reference_id ?? shipment.order_id;
			return [`${String(shipment.id)}`, order ? `order #${String(order)}` : '', courier ? String(courier) : '']
				.filter(Boolean)
				.join(' · ');
		},
	}),
	searchFeedbacks: searchList({
		path: '/feedbacks',
		keyword: true,
		name: (feedback) => {
			const content = typeof feedback.content === 'string' ? feedback.content.trim() : '';
			const who = (feedback.customer as IDataObject | undefined)?.name;
			const text = content.length > 60 ? `${content.slice(0, 59)}…` : content;
			return `${who ? `${String(who)}: ` : ''}${text || `#${String(feedback.id)}`}`;
		},
	}),
};

export const loadOptions = {
	/** Available Payment Methods (`GET /payment/methods`): the values are the slugs Salla expects. */
	getPaymentMethods: optionsFrom({
		path: '/payment/methods',
		value: (method) => (typeof method.slug === 'string' && method.slug !== '' ? method.slug : undefined),
		name: (method) => (typeof method.name === 'string' && method.name ? method.name : String(method.slug)),
		description: (method) => `Slug: ${String(method.slug)}`,
	}),
	getCustomerGroups: optionsFrom({ path: '/customers/groups', value: (group) => group.id as number }),
	getCategories: optionsFrom({ path: '/categories', value: (category) => category.id as number }),
	getBrands: optionsFrom({ path: '/brands', value: (brand) => brand.id as number }),
	getBranches: optionsFrom({ path: '/branches', value: (branch) => branch.id as number }),
	getShippingCompanies: optionsFrom({ path: '/shipping/companies', value: (company) => company.id as number }),
	getQuantityChangeReasons: optionsFrom({ path: '/products/quantities/quantity-change-reason', value: (reason) => reason.id as number }),
	/** Countries (`GET /countries`, scope metadata.read), named in English where Salla gives it. */
	getCountries: optionsFrom({
		path: '/countries',
		value: (country) => country.id as number,
		name: (country) => String(country.name_en || country.name || country.id),
		description: (country) => (typeof country.code === 'string' ? country.code : undefined),
	}),
	getProducts: optionsFrom({
		path: '/products',
		value: (product) => product.id as number,
		name: (product) => `${String(product.name ?? product.id)}${product.sku ? ` (${String(product.sku)})` : ''}`,
	}),
	getOrderStatuses: optionsFrom({ path: '/orders/statuses', value: (status) => status.id as number, description: statusKind }),
	/** Update Status: Salla's originals by slug (offered before connecting), custom statuses by ID. */
	getOrderStatusTargets: withOriginalStatuses(optionsFrom({ path: '/orders/statuses', value: statusTarget, description: statusKind })),
	/** Main statuses (no parent), the parents a custom sub-status can have. */
	getMainOrderStatuses: optionsFrom({ path: '/orders/statuses', value: (status) => (isEmpty(status.parent) ? (status.id as number) : undefined), description: statusKind }),
	getCities,
};
