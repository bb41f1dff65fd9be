import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * Salla's "Custom Mode" OAuth 2.0: the ordinary authorization-code redirect, for private and test
 * apps. n8n's oAuth2Api parent signs every request with `Authorization: Bearer <access_token>` and
 * refreshes the token when Salla answers 401, so this credential only fixes Salla's URLs and rules.
 */
export class SallaOAuth2Api implements ICredentialType {
	name = 'sallaOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Salla OAuth2 API';

	icon: Icon = { light: 'file:salla.svg', dark: 'file:salla.dark.svg' };

	// Opened as it is (n8n adds ?utm_… only to docs.n8n.io links), so the #section anchor holds.
	documentationUrl = 'https://github.com/n8n-nodes-salla/n8n-nodes-salla-merchant#create-the-salla-app-and-the-credential';

	properties: INodeProperties[] = [
		{
			displayName:
				'Create an app in the <a href="https://portal.salla.partners/" target="_blank">Salla Partners Portal</a>, register the OAuth Redirect URL shown above as its callback URL, and give it the scopes of the resources you automate (customers.read_write, orders.read_write, products.read_write, …; the README lists each operation\'s scope) and webhooks.read_write for the Salla Trigger. Then paste the app\'s client ID and client secret here and click Connect.',
			name: 'setupNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'hidden',
			default: 'authorizationCode',
		},
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default: 'https://accounts.salla.sa/oauth2/auth',
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default: 'https://accounts.salla.sa/oauth2/token',
		},
		{
			// Without offline_access Salla issues no refresh token, and the connection dies after 14 days.
			// Resource scopes are set on the app in the Partners Portal, not requested here.
			displayName: 'Scope',
			name: 'scope',
			type: 'hidden',
			default: 'offline_access',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '',
		},
		{
			// Salla's token endpoint expects client_id and client_secret in the form body.
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			default: 'body',
		},
	];
}
