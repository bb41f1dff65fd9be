#!/usr/bin/env node
// Writes reference/documented-endpoints.json: every Salla Merchant API endpoint (method + path) that
// the reference documents, with where each was found, taken from reference/salla-endpoints.json (the
// extract of the shared reference: scripts/extract-reference.mjs). The node-description test fails
// when an operation calls anything else.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT } from '../harness/n8n-env.mjs';
import { documentedEndpoints } from '../harness/reference.mjs';

const out = join(ROOT, 'reference', 'documented-endpoints.json');
const list = documentedEndpoints().map(({ method, path, source }) => ({ method, path, source }));
writeFileSync(out, `${JSON.stringify(list, null, '\t')}\n`);
console.log(`${list.length} documented endpoints written to ${out}`);
