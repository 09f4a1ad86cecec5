import { shell } from 'electron';
import type { Session, WebContents } from 'electron';
import { originOf } from '../ipc/sender';

/**
 * Only plain https links leave the app, and they open in the user's browser: no other scheme
 * (file:, javascript:, custom handlers) and no credentials in the URL.
 */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === 'https:' &&
      parsed.hostname !== '' &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

export function openExternalIfSafe(url: string): void {
  if (isSafeExternalUrl(url)) {
    // Reviewed for electronegativity: only https URLs without credentials get here.
    const opening = shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
    opening.catch((error: unknown) => {
      console.warn('[security] could not open an external link:', error);
    });
  } else {
    console.warn(`[security] refused to open ${url.slice(0, 200)}`);
  }
}

/** The page never navigates, never opens windows and never embeds webviews. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    openExternalIfSafe(url);
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfSafe(url);
    return { action: 'deny' };
  });
}

/** Schemes the renderer's own requests may use, besides the trusted origins. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

/**
 * No permission is granted (camera, notifications, geolocation…) except writing to the
 * clipboard from our own pages, and no request leaves for the network: the app has no remote
 * content.
 */
export function hardenSession(session: Session, trustedOrigins: readonly string[]): void {
  const trusted = (url: string | undefined): boolean => {
    const origin = url ? originOf(url) : null;
    return origin !== null && trustedOrigins.includes(origin);
  };

  session.setPermissionRequestHandler((contents, permission, callback) => {
    callback(permission === 'clipboard-sanitized-write' && trusted(contents.getURL()));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return permission === 'clipboard-sanitized-write' && trusted(requestingOrigin);
  });
  session.setDevicePermissionHandler(() => false);

  session.webRequest.onBeforeRequest((details, callback) => {
    let allowed = trusted(details.url);
    if (!allowed) {
      try {
        const parsed = new URL(details.url);
        allowed = LOCAL_SCHEMES.has(parsed.protocol);
        // Vite's hot reload talks over a WebSocket to the dev server.
        if (!allowed && parsed.protocol === 'ws:') {
          allowed = trustedOrigins.includes(`http://${parsed.host}`);
        }
      } catch {
        allowed = false;
      }
    }
    if (!allowed) console.warn(`[security] blocked a request to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
}
