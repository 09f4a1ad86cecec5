/** The core's public face: what the renderer, the main process, tests and benchmarks call. */
export { adoptChecked, adoptShown, documentAt, podDocument } from './document/pod-document';
export type { FollowUp, PodDocument, ProblemSettings } from './document/pod-document';
export type { CheckedReading, ShownReading } from './document/reading';
export type { TrackedResult } from './edits/apply-edit';
export type { Splice } from './edits/editor-core';
export { parseManifest } from './manifest/parse';
export { applyEdit, applyEdits } from './edits/apply-edit';
export { PLACEHOLDER_IMAGE } from './edits/containers';
export { isDns1123Label, dns1123LabelProblem, uniqueName } from './manifest/names';
export { POD_SPEC_PATHS } from './manifest/locate';
export { DEFAULT_CONTAINER_ANNOTATION } from './manifest/view';
export { deriveGraph } from './graph/derive-graph';
export {
  laneAt,
  laneDropEdit,
  laneDropNotice,
  paletteDropEdits,
  paletteDropIndex,
  paletteDropNotice,
  paletteRoleAt,
  whyNoLaneDrop,
  type SidecarTarget,
} from './graph/lane-drop';
export { LAYOUT, handOffLabel } from './graph/layout';
export { mountRoute } from './graph/mount-route';
export { shareGraph } from './graph/share-graph';
export type * from './manifest/types';
export type * from './edits/types';
export type * from './graph/types';
export { HANDLE, edgeId, nodeId, parseMountEdgeId, parseNodeId } from './graph/types';
export type * from './host';
export { MAX_MANIFEST_BYTES, MENU_COMMANDS } from './host';
export { validateManifest, DISABLE_RULES_ANNOTATION } from './validation/validate';
export { ruleInfo } from './validation/registry';
export * from './text/hidden-characters';
export { DEFAULT_KUBERNETES_VERSION, beforeNativeSidecars } from './validation/version';
export type * from './validation/types';
export * from './lifecycle';
export * from './kubectl';
export { bySeverity, countBySeverity, problemsByNode, SEVERITY_RANK } from './validation/summary';
export type { NodeProblems, SeverityCounts } from './validation/summary';
export { findClusterRecord } from './manifest/cluster/find';
export type { ClusterRecord, Removal, RemovalGroup } from './manifest/cluster/find';
export { cleanUpClusterRecord } from './manifest/cluster/clean-up';
export { podTemplateDeployment } from './manifest/cluster/pod-template';
export { lostServicesNotice, podLinks } from './links/links';
export type { PodLinks, PodNeed } from './links/links';
export type { FileObject } from './links/objects';
export type { ObjectReference, LinkedKind } from './links/references';
export { deriveNeighbours, NEIGHBOUR, neighbourOffset } from './graph/neighbours';
export type { NeighbourNodeData, Neighbours } from './graph/neighbours';
export { podSecurityOf } from './validation/pss/rules';
export type { PodSecurityAssessment } from './validation/pss/rules';
