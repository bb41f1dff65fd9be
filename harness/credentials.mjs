// Salla credentials as n8n stores them, for the e2e suite and the benchmarks.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export const CREDENTIAL_TYPE = 'sallaOAuth2Api';
export const CLIENT_ID = 'e2e-client-id';
export const CLIENT_SECRET = 'e2e-client-secret';

// ---------------------------------------------------------------------------------------------
// Credentials as n8n stores them: the JSON of the credential's data, encrypted with the
// instance's N8N_ENCRYPTION_KEY in n8n's legacy (unprefixed) format: OpenSSL's "Salted__"
// layout, AES-256-CBC, key and IV derived from key+salt with MD5 (EVP_BytesToKey).
// ---------------------------------------------------------------------------------------------
function deriveKeyIv(salt, password) {
	const pass = Buffer.concat([Buffer.from(password, 'binary'), salt]);
	const h1 = createHash('md5').update(pass).digest();
	const h2 = createHash('md5').update(Buffer.concat([h1, pass])).digest();
	const iv = createHash('md5').update(Buffer.concat([h2, pass])).digest();
	return [Buffer.concat([h1, h2]), iv];
}

export function encryptCredentialData(data, encryptionKey) {
	const salt = randomBytes(8);
	const [key, iv] = deriveKeyIv(salt, encryptionKey);
	const c = createCipheriv('aes-256-cbc', key, iv);
	return Buffer.concat([Buffer.from('Salted__'), salt, c.update(JSON.stringify(data)), c.final()]).toString('base64');
}

export function decryptCredentialData(text, encryptionKey) {
	const raw = Buffer.from(text, 'base64');
	const [key, iv] = deriveKeyIv(raw.subarray(8, 16), encryptionKey);
	const d = createDecipheriv('aes-256-cbc', key, iv);
	return JSON.parse(Buffer.concat([d.update(raw.subarray(16)), d.final()]).toString('utf8'));
}

/** The data of a connected Salla OAuth2 credential, field for field as n8n saves it. */
export function sallaCredentialData({ accessToken, refreshToken }) {
	return {
		grantType: 'authorizationCode',
		authUrl: 'https://accounts.salla.sa/oauth2/auth',
		accessTokenUrl: 'https://accounts.salla.sa/oauth2/token',
		clientId: CLIENT_ID,
		clientSecret: CLIENT_SECRET,
		scope: 'offline_access',
		authQueryParameters: '',
		authentication: 'body',
		oauthTokenData: {
			token_type: 'bearer',
			access_token: accessToken,
			refresh_token: refreshToken,
			expires_in: 1209600,
			scope: 'offline_access customers.read_write',
		},
	};
}

/** A connected Salla credential (`credential`: id, name, type) as `n8n import:credentials` takes it. */
export const credentialToImport = (credential, tokens, encryptionKey) => ({
	...credential,
	data: encryptCredentialData(sallaCredentialData(tokens), encryptionKey),
});
