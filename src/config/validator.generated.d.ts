// Types of validator.generated.js (scripts/config-validator.mjs writes it from schema/distro.schema.json).
import type { ErrorObject } from 'ajv';

/** Validates a distro.yml document; `this` collects the `x-nfpm-only` keys met. */
export interface ConfigValidator {
  (this: Array<{ path: string; reason: string }>, data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
export declare const validate: ConfigValidator;
export default validate;
