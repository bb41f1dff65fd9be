/** Facts about Salla's Merchant API that both nodes rely on. */

export const SALLA_BASE_URL = 'https://api.salla.dev/admin/v2';
export const CREDENTIAL_TYPE = 'sallaOAuth2Api';
/** Salla's largest page (its Pagination page; one schema says 65, the docs say 60). */
export const MAX_PAGE_SIZE = 60;
