import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { recordLocator } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { deletedRecord } from '../../common/output';
import { listSearchPicker } from '../../common/search';
import { currentId, detailsList } from './search';
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

const fileSearch = listSearchPicker('searchDigitalFiles', async function (
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const productId = currentId(this, 'product');
	if (productId === undefined) {
		throw new NodeOperationError(this.getNode(), 'Choose the Product first to list its files', {
			description: 'Or give the file ID: it is in the product\'s details.',
		});
	}
	const files = await detailsList(this, `/products/${productId}`, 'digital_files', 'files');
	const wanted = filter?.trim().toLowerCase();
	return {
		results: files
			.map((entry) => ({ name: String(entry.name ?? entry.file_name ?? entry.id), value: String(entry.id) }))
			.filter((result) => !wanted || result.name.toLowerCase().includes(wanted) || result.value === wanted),
	};
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
