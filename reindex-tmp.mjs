import * as pagefind from 'pagefind';
import { join } from 'node:path';
const out = process.argv[2];
const { index } = await pagefind.createIndex({});
await index.addDirectory({ path: out });
await index.writeFiles({ outputPath: join(out, 'pagefind') });
await pagefind.close();
