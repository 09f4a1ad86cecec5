import { app, dialog } from 'electron';
import type { BrowserWindow } from 'electron';

export const COPYRIGHT = 'Copyright © 2026 Pod Builder contributors. MIT License.';
export const WEBSITE = 'https://kubernetes.io/docs/concepts/workloads/pods/';

/** The About text: the version first, then what it runs on (useful in bug reports). */
export function aboutDetail(version: string, versions: NodeJS.ProcessVersions): string {
  return [
    `Version ${version}`,
    '',
    `Electron ${versions.electron ?? '?'}`,
    `Chromium ${versions.chrome ?? '?'}`,
    `Node.js ${versions.node}`,
    '',
    COPYRIGHT,
  ].join('\n');
}

/** macOS and Linux show the native About panel with these; Windows uses `showAbout`. */
export function setAboutPanel(iconPath: string): void {
  app.setAboutPanelOptions({
    applicationName: app.getName(),
    applicationVersion: app.getVersion(),
    version: process.versions.electron,
    copyright: COPYRIGHT,
    website: WEBSITE,
    iconPath,
  });
}

export async function showAbout(window: BrowserWindow | null, iconPath: string): Promise<void> {
  const options = {
    type: 'info' as const,
    title: `About ${app.getName()}`,
    message: app.getName(),
    detail: aboutDetail(app.getVersion(), process.versions),
    buttons: ['OK'],
    icon: iconPath,
  };
  if (window) await dialog.showMessageBox(window, options);
  else await dialog.showMessageBox(options);
}
