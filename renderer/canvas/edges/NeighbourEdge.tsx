import { BaseEdge, getSmoothStepPath, type Edge, type EdgeProps } from '@xyflow/react';
import { fontStyle, textWidth, type TextFont } from '../text-fit';

export type NeighbourFlowEdge = Edge<Record<string, never>, 'neighbour'>;

const LABEL_FONT: TextFont = { size: 10.5, family: '--font', weight: 500 };
const LABEL_PAD_X = 4;
const LABEL_HEIGHT = 15;

/**
 * A link from an object the Pod needs to the volume or container that uses it, labelled "env"
 * or "envFrom" where a container reads it. React Flow's own label is placed by a transform: one
 * more layer for Chromium to sort on every repaint, for each of the hundred links of a large
 * Pod. This one is placed by its coordinates.
 */
export function NeighbourEdge(props: EdgeProps<NeighbourFlowEdge>) {
  const { id, label } = props;
  // The edge's ends and sides are all the path needs of its props.
  const [path, labelX, labelY] = getSmoothStepPath(props);
  const text = typeof label === 'string' ? label : '';
  const width = textWidth(text, LABEL_FONT) + 2 * LABEL_PAD_X;
  return (
    <>
      <BaseEdge id={id} path={path} />
      {text && (
        <g className="pb-neighbour-edge__label">
          <rect
            x={labelX - width / 2}
            y={labelY - LABEL_HEIGHT / 2}
            width={width}
            height={LABEL_HEIGHT}
            rx={2}
          />
          <text
            x={labelX}
            y={labelY}
            textAnchor="middle"
            dominantBaseline="central"
            style={fontStyle(LABEL_FONT)}
          >
            {text}
          </text>
        </g>
      )}
    </>
  );
}
