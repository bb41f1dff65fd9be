import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { sendSlug, slug } from './shared';

/** GET /settings/fields/{slug}: the setting's details, whose shape depends on the setting. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get a setting\'s details by its slug',
	action: 'Get a setting',
	method: 'GET',
	path: '/settings/fields/{slug}',
	scope: 'store-settings.read',
	preSend: [sendSlug],
	postReceive: [unwrapData],
	fields: [slug],
});
