/**
 * Typed action inputs, read as the GitHub runner passes them: `INPUT_<NAME>` (upper-cased, spaces
 * to `_`, hyphens kept). An input that is unset takes its default from the action's action.yml, so
 * `node dist/…/index.js` behaves as under the runner. Reading an input the action.yml does not
 * declare is a programming error, which keeps the code and action.yml in step.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { DistroError } from '../errors.js';

export interface InputSpec {
  description?: string;
  default?: string;
  required?: boolean;
}

export interface ActionSpec {
  name: string;
  inputs: Record<string, InputSpec>;
  outputs: Record<string, { description?: string }>;
}

export function readActionSpec(file: string): ActionSpec {
  const doc = parse(readFileSync(file, 'utf8')) as Partial<ActionSpec> & Record<string, unknown>;
  return { name: String(doc.name ?? ''), inputs: doc.inputs ?? {}, outputs: doc.outputs ?? {} };
}

export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Inputs whose values are secrets: masked before anything is logged. */
export function isSecretInput(name: string): boolean {
  return /(private-key|passphrase|password|token|secret|minisign-key|pfx)/i.test(name);
}

/** Splits a list input on commas and newlines, trimming, dropping empty items. */
export function splitList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

export class Inputs {
  constructor(
    readonly spec: ActionSpec,
    private readonly env: Record<string, string | undefined>,
  ) {}

  private declared(name: string): InputSpec {
    const s = this.spec.inputs[name];
    if (!s) throw new Error(`internal: input '${name}' is not declared in action.yml of ${this.spec.name}`);
    return s;
  }

  /** Whether the workflow gave the input (not just its default). */
  given(name: string): boolean {
    this.declared(name);
    const v = this.env[inputEnvName(name)];
    return v !== undefined && v.trim() !== '';
  }

  /** The trimmed value, or the default, or ''. */
  string(name: string): string {
    const spec = this.declared(name);
    const v = this.env[inputEnvName(name)];
    const value = (v !== undefined && v !== '' ? v : (spec.default ?? '')).trim();
    if (spec.required && value === '') {
      throw new DistroError(`input '${name}' is required: add \`${name}: …\` under \`with:\` of this step.`, {
        key: `input: ${name}`,
        usage: true,
      });
    }
    return value;
  }

  /** The value, or undefined when empty. */
  optional(name: string): string | undefined {
    const v = this.string(name);
    return v === '' ? undefined : v;
  }

  boolean(name: string): boolean {
    const v = this.string(name);
    if (TRUE.includes(v)) return true;
    if (FALSE.includes(v) || v === '') return false;
    throw new DistroError(`input '${name}' must be true or false, got '${v}'.`, {
      key: `input: ${name}`,
      usage: true,
    });
  }

  /** A list given by commas or newlines. */
  list(name: string): string[] {
    return splitList(this.string(name));
  }

  /** Non-empty lines, each trimmed. */
  multiline(name: string): string[] {
    return this.string(name)
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
  }

  /** The same inputs with `name` unset (its default applies). */
  without(name: string): Inputs {
    this.declared(name);
    return new Inputs(this.spec, { ...this.env, [inputEnvName(name)]: undefined });
  }

  /**
   * The same inputs where each `name` reads the value (and spec) of `renames[name]`: the root
   * action's `smoke-command` is the smoke stage's `command`, which for it means the build command.
   */
  renamed(renames: Record<string, string>): Inputs {
    const env = { ...this.env };
    const inputs = { ...this.spec.inputs };
    for (const [name, from] of Object.entries(renames)) {
      inputs[name] = this.declared(from);
      env[inputEnvName(name)] = this.env[inputEnvName(from)];
    }
    return new Inputs({ ...this.spec, inputs }, env);
  }

  /** Values of secret inputs that were given, for masking. */
  secrets(): string[] {
    return Object.keys(this.spec.inputs)
      .filter(isSecretInput)
      .map((n) => this.env[inputEnvName(n)] ?? '')
      .filter((v) => v.trim() !== '');
  }
}
