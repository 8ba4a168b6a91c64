import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveInside } from '../src/paths.js';
import { DistroError } from '../src/errors.js';

describe('resolveInside', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'paths-'));
  mkdirSync(path.join(root, 'sub'));
  writeFileSync(path.join(root, 'sub', 'a'), 'a');
  symlinkSync('/etc/passwd', path.join(root, 'out-link'));
  symlinkSync('sub/a', path.join(root, 'in-link'));

  it('accepts paths inside', () => {
    expect(resolveInside(root, 'sub/a')).toBe(path.join(root, 'sub/a'));
    expect(resolveInside(root, 'in-link')).toBe(path.join(root, 'in-link'));
    expect(resolveInside(root, 'sub/../sub/a')).toBe(path.join(root, 'sub/a'));
  });
  it('rejects .., absolute and symlinks out, naming the key', () => {
    expect(() => resolveInside(root, '../x', { key: 'contents[0].src' })).toThrow(
      /contents\[0\]\.src: '\.\.\/x' escapes/,
    );
    expect(() => resolveInside(root, '/etc/passwd')).toThrow(/absolute path/);
    expect(() => resolveInside(root, 'out-link')).toThrow(DistroError);
    expect(() => resolveInside(root, 'out-link')).toThrow(/symlink that points outside/);
  });
});
