// Lets a plain Node script (run with tsx) load the app's server modules: the 'server-only' marker package throws
// outside React Server Components, so register an empty module in its place before anything imports it.
import Module, { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const resolved = require.resolve('server-only');
const empty = new Module(resolved);
empty.filename = resolved;
empty.loaded = true;
require.cache[resolved] = empty;
