/**
 * Kubernetes resource quantities (`250m`, `1`, `512Mi`, `1e3`, `1.5Gi`), as
 * k8s.io/apimachinery/pkg/api/resource parses them. The one reader of quantities: validation,
 * the inspector's checks and the simulator all use it.
 */
const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;

const SUFFIX: Record<string, number> = {
  '': 1,
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

/** True when `text` is written as a quantity. */
export function isQuantity(text: string): boolean {
  return QUANTITY.test(text);
}

/** The quantity's value in base units, or null when it is not a quantity. */
export function parseQuantity(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const match = QUANTITY.exec(value);
  if (!match) return null;
  const number = Number(match[1]);
  const suffix = match[2] ?? '';
  if (/^[eE]/.test(suffix)) return number * 10 ** Number(suffix.slice(1));
  return number * SUFFIX[suffix]!;
}
