/** The renderer is served from `app://pod-builder/`, a privileged scheme of our own. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'pod-builder';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The Vite dev server to load instead of the built renderer, from `POD_BUILDER_DEV_URL`. Only an
 * http URL on this machine is accepted, and never in a packaged app.
 */
export function devServerUrl(value: string | undefined, isPackaged: boolean): URL | null {
  if (isPackaged || !value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return url.protocol === 'http:' && local ? url : null;
}
