/** The core's public face: what the renderer, the main process, tests and benchmarks call. */
export { parseManifest } from './manifest/parse';
export { applyEdit } from './edits/apply-edit';
export { deriveGraph } from './graph/derive-graph';
export { laneDropEdit } from './graph/lane-drop';
export type * from './manifest/types';
export type * from './edits/types';
export type * from './graph/types';
export { HANDLE, nodeId, parseNodeId } from './graph/types';
export type * from './host';
export { MAX_MANIFEST_BYTES, MENU_COMMANDS } from './host';
export { validateManifest, DISABLE_RULES_ANNOTATION } from './validation/validate';
export { ruleInfo } from './validation/registry';
export { DEFAULT_KUBERNETES_VERSION } from './validation/version';
export type * from './validation/types';
export * from './lifecycle';
export * from './kubectl';
