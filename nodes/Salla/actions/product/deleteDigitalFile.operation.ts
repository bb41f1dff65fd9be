import { recordLocator } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { deletedRecord } from '../../common/output';
import { detailsSearch, inProductDetails } from './search';
import { productLocator } from './shared';

/**
 * DELETE /products/digital-files/{file}: Salla answers 202 with a message. Salla says the file ID is
 * in the product's details, but its schema names no files list: the File picker reads
 * `digital_files` or `files`, whichever the details hold, and otherwise lists nothing (give the ID).
 */
const product = productLocator(undefined, {
	required: false,
	description: 'The product whose files the File list shows (not needed when giving the file ID)',
});

const fileSearch = detailsSearch('searchDigitalFiles', 'product', {
	...inProductDetails,
	keys: ['digital_files', 'files'],
	items: 'files',
	item: 'file',
	where: 'in the product\'s details',
	name: (entry) => String(entry.name ?? entry.file_name ?? entry.id),
});

const file = recordLocator({
	name: 'file',
	displayName: 'File',
	noun: 'digital file',
	shortNoun: 'file',
	example: '1592634093',
	search: fileSearch,
	description: 'The digital file to delete',
});

export const deleteDigitalFile = defineOperation({
	value: 'deleteDigitalFile',
	name: 'Delete Digital File',
	description: 'Remove a downloadable file from a Digital Product',
	action: 'Delete a digital file of a product',
	method: 'DELETE',
	path: '/products/digital-files/{file}',
	scope: 'products.read_write',
	postReceive: [deletedRecord(file)],
	fields: [product, file],
});
