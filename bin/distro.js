#!/usr/bin/env node
// The `distro` command: the same stages as the actions, off GitHub.
import { cli } from '../dist/index.js';

process.exitCode = await cli(process.argv.slice(2));
