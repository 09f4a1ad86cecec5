import { PALETTE_ITEMS, PALETTE_MIME, type PaletteGroup, type PaletteItem } from './palette-items';

const GROUPS: PaletteGroup[] = ['Containers', 'Volumes', 'Sidecar patterns'];

/**
 * Items are dragged onto the canvas, or added with a click or Enter (the keyboard path).
 */
export function Palette({ onAdd }: { onAdd: (item: PaletteItem) => void }) {
  return (
    <nav className="palette" aria-label="Palette">
      {GROUPS.map((group) => (
        <section key={group} className="palette__group" aria-label={group}>
          <h2 className="pane-title">{group}</h2>
          <ul>
            {PALETTE_ITEMS.filter((item) => item.group === group).map((item) => (
              // The hint is drawn inside the item but kept out of its button, so the label alone
              // names it (what a voice user says to press it); the button covers the whole item.
              <li key={item.id} className={`palette-item palette-item--${item.id}`}>
                <span className="palette-item__swatch" aria-hidden="true" />
                <span className="palette-item__text">
                  <button
                    type="button"
                    className="palette-item__button"
                    draggable
                    aria-describedby={`palette-hint-${item.id}`}
                    onDragStart={(event) => {
                      event.dataTransfer.setData(PALETTE_MIME, item.id);
                      event.dataTransfer.effectAllowed = 'copy';
                    }}
                    onClick={() => onAdd(item)}
                  >
                    {breakable(item.label)}
                  </button>
                  <span className="palette-item__hint" id={`palette-hint-${item.id}`}>
                    {item.hint}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p className="palette__tip">
        Drag an item onto the canvas, or focus it and press Enter. Drop a volume on a container to
        mount it; right-click a node for more.
      </p>
    </nav>
  );
}

/**
 * A label with a break opportunity between the words of a CamelCase name, so that a narrow
 * palette wraps "PersistentVolumeClaim" as "PersistentVolume / Claim", not mid-word.
 */
function breakable(label: string) {
  const words = label.split(/(?<=[a-z])(?=[A-Z])/);
  return words.flatMap((word, i) => (i === 0 ? [word] : [<wbr key={i} />, word]));
}
