import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '..', '..');
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');

const config = parse(read('electron-builder.yml')) as Record<string, unknown> & {
  linux: { icon: string; target: string[] };
  mac: { icon: string; fileAssociations: { ext: string }[] };
  win: { icon: string };
  files: string[];
};

describe('electron-builder.yml', () => {
  it("matches electron-builder's own schema", () => {
    const schema = JSON.parse(read('node_modules/app-builder-lib/scheme.json')) as object;
    // The options electron-builder itself validates with.
    const ajv = new Ajv({ allErrors: true, verbose: true, coerceTypes: true, strict: false });
    const validate = ajv.compile(schema);
    const valid = validate(structuredClone(config));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // Compiling electron-builder's large schema takes seconds on a busy two-core machine.
  }, 30_000);

  it('names the app and where artifacts go', () => {
    expect(config).toMatchObject({
      appId: 'dev.podbuilder.app',
      productName: 'Pod Builder',
      directories: { output: 'release' },
    });
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('packs the built app and the package manifest, and the main entry is among them', () => {
    const pkg = JSON.parse(read('package.json')) as { main: string };
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json']));
    expect(pkg.main).toBe('dist/electron/main.cjs');
  });

  it('opens .yaml and .yml files (installers.test.ts checks what each installer registers)', () => {
    expect(config).not.toHaveProperty('fileAssociations');
    expect(config.mac.fileAssociations.map((a) => a.ext)).toEqual(['yaml', 'yml']);
  });

  it('points at icons that exist with the sizes their names say', () => {
    const pngSize = (file: string): [number, number] => {
      const bytes = readFileSync(path.join(root, file));
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    };
    expect(pngSize(config.mac.icon)).toEqual([1024, 1024]);
    expect(pngSize(config.win.icon)).toEqual([1024, 1024]);
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(`${config.linux.icon}/${size}x${size}.png`)).toEqual([size, size]);
    }
    expect(existsSync(path.join(root, 'assets/icons/icon.svg'))).toBe(true);
  });
});
