/**
 * The format registry (src/formats/registry.ts) is the one list of formats: the `formats:` check,
 * its errors and the config schema's enum all agree with it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DistroError } from '../src/errors.js';
import {
  FORMATS,
  PLANNED_FORMATS,
  getFormat,
  parseFormats,
  readerFor,
  sbomKinds,
} from '../src/formats/registry.js';

const schema = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '..', 'schema', 'distro.schema.json'), 'utf8'),
) as { definitions?: Record<string, { enum?: string[] }>; $defs?: Record<string, { enum?: string[] }> };

describe('the format registry', () => {
  it('lists each format once, and the schema enum lists exactly the registered and planned ones', () => {
    const names = FORMATS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    const defs = schema.definitions ?? schema.$defs ?? {};
    expect([...(defs.format?.enum ?? [])].sort()).toEqual([...names, ...PLANNED_FORMATS].sort());
    for (const p of PLANNED_FORMATS) expect(getFormat(p)).toBeUndefined();
  });

  it('parses formats by kind, once each, case-insensitively', () => {
    const p = parseFormats(['DEB', 'tar.gz', 'rpm', 'deb', ' zip '], 'formats');
    expect(p.archives.map((f) => f.name)).toEqual(['tar.gz', 'zip']);
    expect(p.packages.map((f) => f.name)).toEqual(['deb', 'rpm']);
    expect(p.all.map((f) => f.name)).toEqual(['deb', 'tar.gz', 'rpm', 'zip']);
  });

  it('names the key and every known format for an unknown one; says a planned one is not there yet', () => {
    const err = (() => {
      try {
        parseFormats(['tar.gz', 'dmg'], 'input: formats');
      } catch (e) {
        return e as DistroError;
      }
      throw new Error('no error');
    })();
    expect(err).toBeInstanceOf(DistroError);
    expect(err.key).toBe('input: formats');
    expect(err.message).toBe(
      `input: formats: unknown format 'dmg'. Known formats: ${[...FORMATS.map((f) => f.name), ...PLANNED_FORMATS].join(', ')}.`,
    );
    if (PLANNED_FORMATS.length) {
      const planned = PLANNED_FORMATS[0]!;
      expect(() => parseFormats([planned], 'formats')).toThrow(
        new RegExp(
          `^formats: the '${planned}' format is not available in this version of package-format yet`,
        ),
      );
    }
  });

  it('finds the SBOM reader of a manifest artifact by its format or kind', () => {
    expect(readerFor('deb', undefined)?.name).toBe('deb');
    expect(readerFor('archive', 'tar.zst')?.name).toBe('tar.zst');
    expect(readerFor('checksums', undefined)).toBeUndefined();
    expect([...sbomKinds()].sort()).toEqual(expect.arrayContaining(['archive', 'deb', 'rpm']));
    expect(sbomKinds().has('checksums')).toBe(false);
  });
});
