// `node --import` this file: on exit it writes the files the process loaded as ES modules (the
// bundle's entry and chunks), one absolute path a line, to $DISTRO_TEST_LOADED.
import { registerHooks } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const loaded = new Set();
registerHooks({
  resolve(specifier, context, next) {
    const r = next(specifier, context);
    if (r.url.startsWith('file:')) loaded.add(fileURLToPath(r.url));
    return r;
  },
});
process.on('exit', () => writeFileSync(process.env.DISTRO_TEST_LOADED, [...loaded].join('\n') + '\n'));
