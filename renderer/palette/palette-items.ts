import type { PodEdit } from '../../shared';

export interface PaletteItem {
  id: string;
  label: string;
  hint: string;
  edit: PodEdit;
}

/** What each palette item adds. Names and placeholder images are chosen by the core. */
export const PALETTE_ITEMS: readonly PaletteItem[] = [
  {
    id: 'container',
    label: 'Container',
    hint: 'An app container; the first one is the main container',
    edit: { type: 'addContainer', role: 'app' },
  },
  {
    id: 'init',
    label: 'Init container',
    hint: 'Runs to completion before the app containers start',
    edit: { type: 'addContainer', role: 'init' },
  },
  {
    id: 'sidecar',
    label: 'Sidecar',
    hint: 'A helper beside the main container: log shipper, proxy, secret sync',
    edit: { type: 'addContainer', role: 'sidecar' },
  },
  {
    id: 'volume',
    label: 'Volume',
    hint: 'An emptyDir volume, shared by the containers that mount it',
    edit: { type: 'addVolume' },
  },
];

/** The drag-and-drop payload type for palette items. */
export const PALETTE_MIME = 'application/x-pod-builder-item';

export function paletteItem(id: string): PaletteItem | undefined {
  return PALETTE_ITEMS.find((item) => item.id === id);
}
