/** Which builder a project wants, from the files at its root. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DistroError } from '../errors.js';
import type { BuilderName } from './types.js';

/** The files looked at, in order of preference. */
export const BUILDER_FILES: ReadonlyArray<readonly [file: string, builder: BuilderName]> = [
  ['Cargo.toml', 'cargo'],
  ['go.mod', 'go'],
  ['CMakeLists.txt', 'cmake'],
  ['GNUmakefile', 'make'],
  ['makefile', 'make'],
  ['Makefile', 'make'],
];

/** Cargo.toml → cargo, go.mod → go, CMakeLists.txt → cmake, a makefile → make; else undefined. */
export function detectBuilder(projectDir: string): BuilderName | undefined {
  for (const [file, builder] of BUILDER_FILES) {
    if (existsSync(path.join(projectDir, file))) return builder;
  }
  return undefined;
}

/** The file that made detectBuilder choose, for the log. */
export function detectedFrom(projectDir: string): string | undefined {
  return BUILDER_FILES.find(([file]) => existsSync(path.join(projectDir, file)))?.[0];
}

export function noBuilderError(projectDir: string): DistroError {
  return new DistroError(
    `cannot tell how to build ${projectDir}: none of ${BUILDER_FILES.map(([f]) => f).join(', ')} is there. ` +
      'Set `builder` (input, or `build.builder` in distro.yml) to cargo, go, cmake, make or command ' +
      '(with `command`), or point `working-directory` / `build.dir` at the project.',
    { key: 'builder' },
  );
}
