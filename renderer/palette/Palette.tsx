import { PALETTE_ITEMS, PALETTE_MIME, type PaletteItem } from './palette-items';

/**
 * Items are dragged onto the canvas, or added with a click or Enter (the keyboard path).
 */
export function Palette({ onAdd }: { onAdd: (item: PaletteItem) => void }) {
  return (
    <nav className="palette" aria-label="Palette">
      <h2 className="pane-title">Add to the Pod</h2>
      <ul>
        {PALETTE_ITEMS.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className={`palette-item palette-item--${item.id}`}
              draggable
              aria-label={item.label}
              aria-describedby={`palette-hint-${item.id}`}
              onDragStart={(event) => {
                event.dataTransfer.setData(PALETTE_MIME, item.id);
                event.dataTransfer.effectAllowed = 'copy';
              }}
              onClick={() => onAdd(item)}
            >
              <span className="palette-item__swatch" aria-hidden="true" />
              <span className="palette-item__text">
                <span className="palette-item__label">{item.label}</span>
                <span className="palette-item__hint" id={`palette-hint-${item.id}`}>
                  {item.hint}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <p className="palette__tip">Drag an item onto the canvas, or focus it and press Enter.</p>
      <p className="palette__tip">
        Connect a volume to a container to mount it. Select a node and press Delete to remove it.
      </p>
    </nav>
  );
}
