import { useStore } from '@xyflow/react';

/**
 * The id of the text that describes node `nodeId` on canvas `rfId`. aria-describedby is a list
 * split at white space, and a name being typed may hold some: the node's id is encoded.
 */
const descriptionId = (rfId: string, nodeId: string) =>
  `pb-node-desc-${rfId}-${encodeURIComponent(nodeId)}`;

/**
 * What a container's or a volume's node is described by (React Flow's `domAttributes`): its
 * NodeDescription, then the keys that React Flow describes for every node. React Flow refers to
 * those itself (`react-flow__node-desc-<rfId>`, its A11yDescriptions), and `domAttributes`
 * replaces that reference, so it is named again here.
 */
export const nodeDescribedBy = (rfId: string, nodeId: string) =>
  `${descriptionId(rfId, nodeId)} react-flow__node-desc-${rfId}`;

/**
 * The words a screen reader says after a node's name: where it stands and what that means, as a
 * sighted user reads it from the lanes, the numbers and the links. Not drawn, and not read as
 * the node's content.
 */
export function NodeDescription({ nodeId, text }: { nodeId: string; text: string }) {
  const rfId = useStore((state) => state.rfId);
  return (
    // Hidden: read as the node's description, not again as its content.
    <span id={descriptionId(rfId, nodeId)} hidden>
      {text}
    </span>
  );
}
