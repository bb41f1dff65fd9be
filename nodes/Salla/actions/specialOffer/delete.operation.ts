import { defineOperation } from '../../common/operation';
import { deletedRecord } from '../../common/output';
import { offerLocator } from './shared';

const offer = offerLocator('specialoffer');

/** DELETE /specialoffers/{specialoffer}: Salla answers with a bare message. */
export const deleteOffer = defineOperation({
	value: 'delete',
	name: 'Delete',
	description: 'Delete a special offer',
	action: 'Delete a special offer',
	method: 'DELETE',
	path: '/specialoffers/{specialoffer}',
	scope: 'specialoffers.read_write',
	postReceive: [deletedRecord(offer)],
	fields: [offer],
});
