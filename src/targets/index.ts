export type { Target, TargetOs } from './types.js';
export { TARGETS, findTarget, resolveTarget, hostTarget, isHost, checkBinary } from './table.js';
