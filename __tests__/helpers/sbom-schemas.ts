/**
 * Validators for the official SPDX 2.3 and CycloneDX 1.6 JSON schemas (copied unchanged into
 * __tests__/data/schemas), with the draft-07 formats ajv-formats lacks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const schemas = path.join(import.meta.dirname, '..', 'data', 'schemas');

export function sbomValidators(): { spdx: ValidateFunction; cyclonedx: ValidateFunction } {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // an IRI is a URI that may hold non-ASCII characters
  const ascii = (s: string) => s.replace(/[^\p{ASCII}]/gu, 'a');
  ajv.addFormat('iri-reference', (s: string) => (fullFormats['uri-reference'] as RegExp).test(ascii(s)));
  ajv.addFormat('idn-email', (s: string) => (fullFormats.email as RegExp).test(ascii(s)));
  const load = (f: string) => JSON.parse(readFileSync(path.join(schemas, f), 'utf8')) as object;
  ajv.addSchema(load('cyclonedx-1.6/spdx.schema.json'), 'spdx.schema.json');
  ajv.addSchema(load('cyclonedx-1.6/jsf-0.82.schema.json'), 'jsf-0.82.schema.json');
  return {
    cyclonedx: ajv.compile(load('cyclonedx-1.6/bom-1.6.schema.json')),
    spdx: ajv.compile(load('spdx-2.3.schema.json')),
  };
}
