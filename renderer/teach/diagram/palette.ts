/**
 * The canvas's colours as plain values, light and dark, for a drawing that has no stylesheet:
 * the exported SVG is opened by slide tools and librsvg, which know no CSS variables. Each key is
 * the app.css variable of the same name (a unit test holds them equal).
 */
export interface Paint {
  color: string;
  /** 1 unless the variable is an rgba() colour. */
  opacity: number;
}

export const PALETTE_KEYS = [
  'bg',
  'surface',
  'surface-2',
  'border',
  'border-strong',
  'text',
  'text-muted',
  'text-faint',
  'accent',
  'danger',
  'danger-soft',
  'pod-bg',
  'pod-border',
  'band-bg',
  'band-border',
  'lane-bg',
  'lane-border',
  'role-init',
  'role-init-soft',
  'role-main',
  'role-sidecar',
  'role-native',
  'role-native-soft',
  'role-native-text',
  'volume',
  'volume-soft',
] as const;

export type PaletteKey = (typeof PALETTE_KEYS)[number];
export type Palette = Record<PaletteKey, string>;
export type DiagramTheme = 'light' | 'dark';

export const PALETTES: Record<DiagramTheme, Palette> = {
  light: {
    bg: '#f4f6fa',
    surface: '#ffffff',
    'surface-2': '#f0f3f8',
    border: '#dde3ec',
    'border-strong': '#c5cedb',
    text: '#1b2333',
    'text-muted': '#556074',
    'text-faint': '#5f6b7f',
    accent: '#2d63d8',
    danger: '#c53030',
    'danger-soft': '#fde9e9',
    'pod-bg': 'rgba(50, 108, 229, 0.04)',
    'pod-border': '#8fb0f0',
    'band-bg': '#e8f0fe',
    'band-border': '#a9c1f5',
    'lane-bg': 'rgba(255, 255, 255, 0.65)',
    'lane-border': '#cfd8e6',
    'role-init': '#9c5f06',
    'role-init-soft': '#fff4e0',
    'role-main': '#2d63d8',
    'role-sidecar': '#7a4fd6',
    'role-native': '#0f8a7e',
    'role-native-soft': '#e3f6f3',
    'role-native-text': '#0d776c',
    volume: '#276749',
    'volume-soft': '#e6f5ec',
  },
  dark: {
    bg: '#0f141c',
    surface: '#171e29',
    'surface-2': '#1e2734',
    border: '#2a3444',
    'border-strong': '#3a4658',
    text: '#e6ebf3',
    'text-muted': '#a3aec0',
    'text-faint': '#8f9aae',
    accent: '#6b9bf5',
    danger: '#f07171',
    'danger-soft': '#3a1f24',
    'pod-bg': 'rgba(91, 141, 239, 0.06)',
    'pod-border': '#3d5f9f',
    'band-bg': '#18253b',
    'band-border': '#33507f',
    'lane-bg': 'rgba(23, 30, 41, 0.7)',
    'lane-border': '#2e3a4d',
    'role-init': '#e6a23c',
    'role-init-soft': '#33281a',
    'role-main': '#6b9bf5',
    'role-sidecar': '#a98bf0',
    'role-native': '#3cc4b4',
    'role-native-soft': '#15302d',
    'role-native-text': '#3cc4b4',
    volume: '#5cc58d',
    'volume-soft': '#17301f',
  },
};

const RGBA = /^rgba\(\s*(\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\s*\)$/;

/**
 * A colour as SVG 1.1 attributes understand it: `rgba()` is CSS Color 3, which some SVG readers
 * do not take in `fill`, so it becomes a hex colour and an opacity.
 */
export function paint(value: string): Paint {
  const match = RGBA.exec(value);
  if (!match) return { color: value, opacity: 1 };
  const hex = match
    .slice(1, 4)
    .map((n) => Number(n).toString(16).padStart(2, '0'))
    .join('');
  return { color: `#${hex}`, opacity: Number(match[4]) };
}
