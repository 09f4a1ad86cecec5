import { BaseEdge, getSmoothStepPath, type Edge, type EdgeProps } from '@xyflow/react';
import { fontStyle, textWidth, type TextFont } from '../text-fit';
import { useTagsShown } from './tags-shown';

export type NeighbourFlowEdge = Edge<Record<string, never>, 'neighbour'>;

const LABEL_FONT: TextFont = { size: 10.5, family: '--font', weight: 500 };
const LABEL_PAD_X = 4;
const LABEL_HEIGHT = 15;

/**
 * A link from an object the Pod needs to the volume or container that uses it, labelled "env"
 * or "envFrom" where a container reads it. React Flow's own label is placed by a transform: one
 * more layer for Chromium to sort on every repaint, for each of the hundred links of a large
 * Pod. This one is placed by an SVG attribute, which makes no layer.
 */
export function NeighbourEdge(props: EdgeProps<NeighbourFlowEdge>) {
  const { id, label } = props;
  // The edge's ends and sides are all the path needs of its props.
  const [path, labelX, labelY] = getSmoothStepPath(props);
  const tagShown = useTagsShown();
  const text = tagShown && typeof label === 'string' ? label : '';
  const width = textWidth(text, LABEL_FONT) + 2 * LABEL_PAD_X;
  return (
    <>
      {/* Not selectable and nothing to click: no invisible copy of the path to catch the pointer. */}
      <BaseEdge id={id} path={path} interactionWidth={0} />
      {text && (
        // Placed by one translation, as EdgeTag is: moving the label changes one attribute.
        <g className="pb-neighbour-edge__label" transform={`translate(${labelX} ${labelY})`}>
          <rect x={-width / 2} y={-LABEL_HEIGHT / 2} width={width} height={LABEL_HEIGHT} rx={2} />
          <text textAnchor="middle" dominantBaseline="central" style={fontStyle(LABEL_FONT)}>
            {text}
          </text>
        </g>
      )}
    </>
  );
}
