import * as fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * What the installers register for YAML files, computed by electron-builder's own code from
 * electron-builder.yml: the MIME file the .deb (and the AppImage) would install, the .desktop
 * entry, the NSIS script's file associations, and the macOS document types. Only the packager
 * object around that code is stood in for, with the settings electron-builder would give it.
 */
const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(path.join(root, 'package.json'));

type Config = Record<string, unknown> & {
  linux: Record<string, unknown>;
  mac: Record<string, unknown>;
  win: Record<string, unknown>;
  nsis: Record<string, unknown> & { include: string };
};
type Association = { ext: string | string[]; mimeType?: string; role?: string; rank?: string };

// The package index first: its modules import each other in that order.
const { PlatformPackager } = require('app-builder-lib') as {
  PlatformPackager: { prototype: object };
};
const { LinuxTargetHelper } = require('app-builder-lib/out/targets/LinuxTargetHelper') as {
  LinuxTargetHelper: new (packager: object) => {
    mimeTypeFiles: Promise<string | null>;
    computeDesktopEntry(options: object, exec?: string): Promise<string>;
  };
};
const { copyMimeTypes } = require('app-builder-lib/out/targets/appimage/appLauncher') as {
  copyMimeTypes: (stageDir: string, options: object) => Promise<string | null>;
};
const { NsisTarget } = require('app-builder-lib/out/targets/nsis/NsisTarget') as {
  NsisTarget: { prototype: object };
};
const { MacTargetHelper } = require('app-builder-lib/out/mac/MacTargetHelper') as {
  MacTargetHelper: { getNotarizeOptions(appPath: string): object | undefined };
};
const { CancellationToken } = require('builder-util-runtime') as {
  CancellationToken: new () => object;
};

const config = parse(await fs.readFile(path.join(root, 'electron-builder.yml'), 'utf8')) as Config;
/** The associations as they were before: one entry for both extensions, with a MIME type. */
const shared: Association[] = [
  { ext: ['yaml', 'yml'], mimeType: 'application/yaml', role: 'Editor', rank: 'Alternate' },
];

let temp: string;

/** A platform packager as electron-builder builds it, as far as these functions look. */
function packager(platform: 'linux' | 'mac' | 'win', settings: Config = config) {
  const stand = {
    config: settings,
    platformSpecificBuildOptions: settings[platform] as object,
    projectDir: root,
    info: {
      cancellationToken: new CancellationToken(),
      metadata: {},
      buildResourcesDir: path.join(root, 'assets', 'icons'),
    },
    appInfo: { productName: 'Pod Builder', sanitizedProductName: 'Pod Builder' },
    executableName: 'pod-builder',
    resourceList: fs.readdir(path.join(root, 'assets', 'icons')),
    getTempFile: async (suffix: string) => path.join(temp, `${Math.random()}${suffix}`),
  };
  // electron-builder's own: the top-level associations plus the platform's.
  for (const name of ['fileAssociations', 'getResource'] as const) {
    const own = Object.getOwnPropertyDescriptor(PlatformPackager.prototype, name);
    if (own) Object.defineProperty(stand, name, own);
  }
  return stand as typeof stand & {
    fileAssociations: Association[];
    getResource(custom: string | undefined, ...names: string[]): Promise<string | null>;
  };
}

/** The file-association part of the NSIS installer script. */
function nsisScript(settings: Config = config): Promise<string> {
  const target = Object.create(NsisTarget.prototype, {
    packager: { value: packager('win', settings) },
    options: { value: settings.nsis },
    name: { value: 'nsis' },
  }) as {
    computeFinalScript(
      script: string,
      installer: boolean,
      archs: Map<unknown, unknown>,
    ): Promise<string>;
  };
  return target.computeFinalScript('', true, new Map());
}

beforeAll(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'pod-builder-installers-'));
});

afterAll(async () => {
  await fs.rm(temp, { recursive: true, force: true });
});

describe('Linux packages', () => {
  it('install no MIME definition: YAML files keep their own type and name', async () => {
    const helper = new LinuxTargetHelper(packager('linux'));
    // The .deb installs this file as /usr/share/mime/packages/pod-builder.xml when there is one.
    await expect(helper.mimeTypeFiles).resolves.toBeNull();
    const stage = path.join(temp, 'appimage');
    await expect(
      copyMimeTypes(stage, {
        fileAssociations: packager('linux').fileAssociations,
        productName: 'Pod Builder',
        executableName: 'pod-builder',
      }),
    ).resolves.toBeNull();

    // What the old setting made: a definition with the glob "*.yaml,yml", named after the app.
    const before = await new LinuxTargetHelper(
      packager('linux', { ...config, fileAssociations: shared }),
    ).mimeTypeFiles;
    expect(await fs.readFile(before!, 'utf8')).toContain('<glob pattern="*.yaml,yml"/>');
  });

  it('register Pod Builder as an application that opens YAML', async () => {
    const entry = await new LinuxTargetHelper(packager('linux')).computeDesktopEntry(
      config.linux,
      '/opt/Pod Builder/pod-builder %U',
    );
    expect(entry).toContain('\nMimeType=application/yaml;application/x-yaml;text/yaml;\n');
    expect(entry).toContain('\nName=Pod Builder\n');
    expect(entry).toContain('\nCategories=Development;\n');
  });
});

describe('the Windows installer', () => {
  it('does not make Pod Builder the default program for .yaml or .yml', async () => {
    const script = await nsisScript();
    expect(script).not.toContain('APP_ASSOCIATE');
    // What the old setting made: the macro that writes .yaml's default program.
    const before = await nsisScript({ ...config, fileAssociations: shared });
    expect(before).toContain('!insertmacro APP_ASSOCIATE "yaml"');
  });

  it('registers it under "Open with" for both, through the include electron-builder finds', async () => {
    const include = await packager('win').getResource(config.nsis.include, 'installer.nsh');
    expect(include).toBe(path.join(root, 'assets', 'installer', 'open-with.nsh'));
    const nsh = await fs.readFile(include!, 'utf8');
    const macro = (name: string) =>
      new RegExp(`!macro ${name}\\b([\\s\\S]*?)!macroend`).exec(nsh)?.[1] ?? '';
    const install = macro('customInstall');
    expect(install).toContain('!insertmacro podBuilderOpenWith "yaml"');
    expect(install).toContain('!insertmacro podBuilderOpenWith "yml"');
    expect(install).toMatch(/\\shell\\open\\command" "" '"\$appExe" "%1"'/);
    expect(macro('podBuilderOpenWith')).toContain(
      'WriteRegNone SHELL_CONTEXT "Software\\Classes\\.${EXT}\\OpenWithProgids" "${POD_BUILDER_PROGID}"',
    );
    // Under an extension's own key, only its OpenWithProgids list is written.
    const extensionKeys = [
      ...nsh.matchAll(/WriteReg\w+ SHELL_CONTEXT "Software\\Classes\\\.([^"]*)"/g),
    ];
    expect(extensionKeys.map((match) => match[1])).toEqual(['${EXT}\\OpenWithProgids']);
    expect(macro('customUnInstall')).toContain('!insertmacro podBuilderNoOpenWith "yaml"');
  });
});

describe('the macOS bundle', () => {
  it('declares one document type per extension, as an editor that is not the default', () => {
    const associations = packager('mac').fileAssociations;
    expect(associations.map((a) => [a.ext, a.role, a.rank, a.mimeType])).toEqual([
      ['yaml', 'Editor', 'Alternate', undefined],
      ['yml', 'Editor', 'Alternate', undefined],
    ]);
  });

  it('is notarised only when the credentials are in the environment', () => {
    const names = [
      'APPLE_ID',
      'APPLE_APP_SPECIFIC_PASSWORD',
      'APPLE_TEAM_ID',
      'APPLE_API_KEY',
      'APPLE_API_KEY_ID',
      'APPLE_API_ISSUER',
      'APPLE_KEYCHAIN_PROFILE',
    ];
    const saved = names.map((name) => [name, process.env[name]] as const);
    try {
      for (const name of names) delete process.env[name];
      expect(MacTargetHelper.getNotarizeOptions('/x/Pod Builder.app')).toBeUndefined();
      Object.assign(process.env, {
        APPLE_ID: 'dev@example.com',
        APPLE_APP_SPECIFIC_PASSWORD: 'abcd-efgh',
        APPLE_TEAM_ID: 'TEAM123456',
      });
      expect(MacTargetHelper.getNotarizeOptions('/x/Pod Builder.app')).toMatchObject({
        tool: 'notarytool',
        appleId: 'dev@example.com',
        teamId: 'TEAM123456',
      });
    } finally {
      for (const [name, value] of saved) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
    // Nothing in the file forces signing or notarising, so builds without secrets go through.
    for (const settings of [config, config.mac, config.win]) {
      expect(settings).not.toHaveProperty('forceCodeSigning', true);
      expect(settings).not.toHaveProperty('notarize', true);
    }
  });
});
