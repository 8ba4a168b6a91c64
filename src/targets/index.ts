export type { Target, TargetOs } from './types.js';
