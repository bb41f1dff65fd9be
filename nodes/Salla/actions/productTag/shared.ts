import { optionsFrom } from '../../common/search';

/** The store's product tags (GET /products/tags), for the Tags dropdown of Product Create and Update. */
export const productTagOptions = optionsFrom('getProductTags', { path: '/products/tags', value: (tag) => tag.id as number });
