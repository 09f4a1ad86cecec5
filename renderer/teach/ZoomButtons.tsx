import { useReactFlow, useStore } from '@xyflow/react';
import { useFitPod } from '../canvas/use-auto-fit';
import { FIT_ICON } from '../canvas/PodCanvas';
import './teach.css';

/**
 * The canvas's zoom buttons (Zoom In, Zoom Out, Fit View) for a strip beside the canvas rather
 * than over it: in projector mode the canvas's own, in its corner, would cover the diagram the
 * camera brings there. They do what the canvas's do; Fit View fits the whole Pod as View › Fit.
 */
export function ZoomButtons({ className }: { className: string }) {
  const flow = useReactFlow();
  const fitPod = useFitPod();
  const atMax = useStore((s) => s.transform[2] >= s.maxZoom);
  const atMin = useStore((s) => s.transform[2] <= s.minZoom);
  const buttons = [
    {
      name: 'Zoom In',
      icon: 'M14 4h4v10h10v4H18v10h-4V18H4v-4h10z',
      disabled: atMax,
      run: () => void flow.zoomIn(),
    },
    { name: 'Zoom Out', icon: 'M4 14h24v4H4z', disabled: atMin, run: () => void flow.zoomOut() },
    { name: 'Fit View', icon: FIT_ICON, disabled: false, run: () => fitPod() },
  ];
  return (
    <div role="group" aria-label="Zoom" className={`teach-zoom ${className}`}>
      {buttons.map(({ name, icon, disabled, run }) => (
        <button
          key={name}
          type="button"
          className="button teach-zoom__button"
          title={name}
          aria-label={name}
          disabled={disabled}
          onClick={run}
        >
          <svg viewBox="0 0 32 32" aria-hidden="true">
            <path d={icon} />
          </svg>
        </button>
      ))}
    </div>
  );
}
