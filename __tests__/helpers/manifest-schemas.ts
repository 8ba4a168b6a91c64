/**
 * Validators for the official Scoop app manifest schema and the winget 1.10.0 multi-file manifest
 * schemas (copied unchanged into __tests__/data/schemas from ScoopInstaller/Scoop and
 * microsoft/winget-cli); YAML manifests are validated as the JSON they parse to.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const schemas = path.join(import.meta.dirname, '..', 'data', 'schemas');

function load(f: string): object {
  return JSON.parse(readFileSync(path.join(schemas, f), 'utf8')) as object;
}

export function scoopValidator(): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(load('scoop-manifest.schema.json'));
}

export function wingetValidators(): Record<'version' | 'installer' | 'defaultLocale', ValidateFunction> {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('long', true); // winget's return codes: any integer (the schema's own type checks it)
  const v = (t: string) => ajv.compile(load(`winget-1.10.0/manifest.${t}.1.10.0.json`));
  return { version: v('version'), installer: v('installer'), defaultLocale: v('defaultLocale') };
}
