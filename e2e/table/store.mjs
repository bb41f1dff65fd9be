// Store (/store/info): each operation once inside n8n; the row format is in e2e/operations.e2e.test.mjs.
import { readsOne } from '../../harness/salla-answers.mjs';

// Store Information's example (trimmed)
const INFO = {
	id: 1601633483,
	username: 'ataba',
	name: 'العتبة',
	entity: 'company',
	email: 'salama@salla.sa',
	avatar: 'https://salla-dev.s3.eu-central-1.amazonaws.com/mKZa/ByziCuUQgAstAtQckVYu6Km4ETu6EAu4pD3mNKKg.png',
	plan: 'pro',
	status: 'active',
	verified: false,
	currency: 'SAR',
	domain: 'https://web-e5982bee6d091dbad7d59ff119030e2b.salla.group/ar/ataba',
	created_at: '2021-08-11 12:15:24',
	licenses: { tax_number: '454364654', commercial_number: null, freelance_number: '0000000000' },
	social: { twitter: 'https://twitter.com/SallaApp', whatsapp: '+201025557999' },
};

export const operations = [
	readsOne('getInfo', {}, '/store/info', INFO),
];
