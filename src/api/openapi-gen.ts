import { writeFileSync } from 'node:fs';
import { OPENAPI_FILE, openApiText } from './openapi.ts';

/** `npm run openapi`: rewrites public/openapi.json from the zod contract (a test fails when it is stale). */
writeFileSync(OPENAPI_FILE, openApiText());
console.log(`wrote ${OPENAPI_FILE}`);
