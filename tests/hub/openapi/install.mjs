// Installs the OpenAPI validator's packages into DEST/node_modules (the build tree: ctest's
// fixture openapi_packages runs this before openapi_valid) from the tarballs in vendor/, each
// checked against the sha512 that package-lock.json pins. No network and no npm: Node.js alone.
// The tarballs are what `npm pack NAME@VERSION` fetches from the npm registry; after changing
// package.json, run `npm install --package-lock-only` and `npm pack` each package into vendor/.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dest = process.argv[2];
if (!dest) {
  console.error('usage: node install.mjs DEST');
  process.exit(2);
}
const lockText = readFileSync(join(here, 'package-lock.json'), 'utf8');
const modules = join(dest, 'node_modules');
const stamp = join(modules, '.shopdesk-package-lock.json');
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lockText) {
  console.log(`openapi: validator packages up to date in ${modules}`);
  process.exit(0);
}
rmSync(modules, { recursive: true, force: true });
const lock = JSON.parse(lockText);
let installed = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  if (!path) continue; // the root package
  const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
  const tarball = join(here, 'vendor', `${name.replace(/^@/, '').replace('/', '-')}-${entry.version}.tgz`);
  if (!existsSync(tarball)) {
    console.error(`openapi: ${tarball} is missing (npm pack ${name}@${entry.version})`);
    process.exit(1);
  }
  const [algorithm, expected] = [entry.integrity.slice(0, entry.integrity.indexOf('-')),
                                 entry.integrity.slice(entry.integrity.indexOf('-') + 1)];
  const actual = createHash(algorithm).update(readFileSync(tarball)).digest('base64');
  if (actual !== expected) {
    console.error(`openapi: ${tarball} is not the ${name}@${entry.version} package-lock.json pins`);
    process.exit(1);
  }
  const target = join(dest, path);
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '--strip-components=1', '-C', target]);
  ++installed;
}
writeFileSync(stamp, lockText);
console.log(`openapi: ${installed} validator packages installed in ${modules}`);
