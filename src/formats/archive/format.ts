/** The archive formats' entries in the registry (src/formats/registry.ts). */
import { archiveVersion } from '../../config/version.js';
import { archiveContents } from '../contents.js';
import type { ArchiveFormatDef } from '../types.js';
import { ARCHIVE_FORMATS } from './index.js';

export const archiveFormats: ArchiveFormatDef[] = ARCHIVE_FORMATS.map((name) => ({
  name,
  kind: 'archive',
  extension: name,
  spellVersion: (v, opts) => archiveVersion(v, opts),
  contents: (file) => archiveContents(file, name),
}));
