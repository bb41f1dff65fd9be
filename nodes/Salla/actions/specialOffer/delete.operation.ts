import { readRecordId } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { describeOutcome } from '../../common/output';
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
	postReceive: [describeOutcome((context) => ({ id: readRecordId(context, offer), deleted: true }))],
	fields: [offer],
});
