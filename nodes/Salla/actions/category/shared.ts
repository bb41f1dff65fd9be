import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { oneOf, optionalNumber, optionalText, optionalUrl } from '../../../shared/validate';
import { optionalRecordId, recordLocator } from '../../common/fields';
import { loadWith, optionsFrom, searchList } from '../../common/search';
import { seoBody, seoFields } from '../../common/seo';

/**
 * What several Category operations share: the category picker, the parent-category picker, and the
 * fields Create and Update send in the same shape (Salla's `status`, `image`, `sort_order`,
 * `metadata_title|description|url`, `parent_id`).
 */

/**
 * A category and, depth first, every subcategory nested under it (Salla lists top-level categories
 * and nests the rest in `sub_categories`), each named with its path: "Shoes › Sneakers".
 */
export function withSubcategories(category: IDataObject, parents: string[] = []): IDataObject[] {
	const path = [...parents, String(category.name ?? category.id)];
	const children = Array.isArray(category.sub_categories) ? (category.sub_categories as IDataObject[]) : [];
	return [
		{ ...category, name: path.join(' › ') },
		...children.filter((child) => child && typeof child === 'object').flatMap((child) => withSubcategories(child, path)),
	];
}

/**
 * With a search, Salla filters by name; the records it returns are listed with their subcategories
 * (its docs do not say whether a subcategory's name alone makes its parent match).
 */
export const categorySearch = searchList('searchCategories', { path: '/categories', keyword: true, expand: (category) => withSubcategories(category) });
/** The store's categories and their subcategories, for dropdowns of category IDs. */
export const categoryOptions = optionsFrom('getCategories', {
	path: '/categories',
	value: (category) => category.id as number,
	expand: (category) => withSubcategories(category),
});

/** Category Names or IDs (`categories`), described by what the categories are for (`purpose`). */
export function categoriesField(purpose: string): INodeProperties {
	return {
		displayName: 'Category Names or IDs',
		name: 'categories',
		type: 'multiOptions',
		typeOptions: loadWith(categoryOptions),
		default: [],
		description: `${purpose}. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	};
}

export const category = recordLocator({
	name: 'category',
	displayName: 'Category',
	noun: 'category',
	example: '1390018242',
	search: categorySearch,
});

/**
 * The optional parent: a category picker whose By ID may be left empty (a top-level category), so
 * its ID check accepts blank. Read with optionalRecordId, not readRecordId.
 */
const parentLocator = recordLocator({
	name: 'parent_id',
	displayName: 'Parent Category',
	noun: 'category',
	example: '1390018242',
	search: categorySearch,
	required: false,
	description: 'The category this one sits under, as a subcategory. Leave empty for a top-level category.',
});
export const parentCategory: INodeProperties = {
	...parentLocator,
	modes: parentLocator.modes?.map((mode) =>
		mode.name === 'id'
			? {
					...mode,
					validation: [
						{
							type: 'regex' as const,
							properties: {
								regex: '^\\s*([1-9][0-9]*)?\\s*$',
								errorMessage: 'A category ID is a whole number, such as 1390018242',
							},
						},
					],
				}
			: mode,
	),
};

export const STATUSES = [
	{ name: 'Active', value: 'active', description: 'Shown in the store' },
	{ name: 'Hidden', value: 'hidden', description: 'Kept out of the store' },
];

/** The options of Create's Additional Fields and Update's Update Fields (Update adds Name). */
export const categoryFields: INodeProperties[] = [
	{
		displayName: 'Image URL',
		name: 'image',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://cdn.example.com/categories/shoes.jpg',
		description: 'Web address of the category\'s image',
	},
	...seoFields('category', 'cat-food'),
	{
		displayName: 'Sort Order',
		name: 'sort_order',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 0 },
		default: 0,
		description: 'Where the category sits among its siblings: lower numbers come first',
	},
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: STATUSES,
		default: 'active',
		description: 'Whether customers see the category in the store',
	},
];

/** Salla's body from a collection of `categoryFields` (and `name` on Update): only what is set. */
export function categoryBody(context: IExecuteSingleFunctions, collection: string): IDataObject {
	const fields = context.getNodeParameter(collection, {}) as IDataObject;
	const body: IDataObject = {};
	if ('name' in fields) {
		const name = optionalText(context, 'Name', fields.name);
		if (name) body.name = name;
	}
	if (fields.status !== undefined) body.status = oneOf(context, 'Status', fields.status, STATUSES);
	const image = optionalUrl(context, 'Image URL', fields.image);
	if (image) body.image = image;
	const sortOrder = optionalNumber(context, 'Sort Order', fields.sort_order, { integer: true, min: 0 });
	if (sortOrder !== undefined) body.sort_order = sortOrder;
	Object.assign(body, seoBody(context, fields));
	const parentId = optionalRecordId(context, parentLocator, { ifEmpty: 'for a top-level category' });
	if (parentId !== undefined) body.parent_id = parentId;
	return body;
}
