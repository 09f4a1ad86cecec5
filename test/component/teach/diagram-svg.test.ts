import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveGraph, parseManifest, type Graph } from '../../../shared';
import { diagramSvg } from '../../../renderer/teach/diagram/diagram-svg';
import { PALETTE_KEYS, PALETTES, paint } from '../../../renderer/teach/diagram/palette';
import type { Measure } from '../../../renderer/teach/diagram/svg-text';
import { anatomy } from './helpers';

/** Every character 7 px wide: the drawing's arithmetic without a browser's fonts. */
const measure: Measure = (text) => text.length * 7;

function graphOf(text: string): Graph {
  const view = parseManifest(text).view;
  if (!view) throw new Error('no Pod');
  return deriveGraph(view);
}

/** The value of each `--name: value;` in a CSS block. */
function variables(block: string): Map<string, string> {
  return new Map([...block.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

describe('the diagram as a vector drawing', () => {
  it('uses the colours of the app’s light and dark themes', () => {
    const css = readFileSync(join(process.cwd(), 'renderer/styles/app.css'), 'utf8');
    const dark = css.indexOf('@media (prefers-color-scheme: dark)');
    const light = variables(css.slice(css.indexOf(':root'), dark));
    const darkVars = variables(css.slice(dark, css.indexOf('}\n}', dark)));
    for (const key of PALETTE_KEYS) {
      expect(PALETTES.light[key], key).toBe(light.get(key));
      expect(PALETTES.dark[key], key).toBe(darkVars.get(key));
    }
    expect(paint('rgba(50, 108, 229, 0.04)')).toEqual({ color: '#326ce5', opacity: 0.04 });
  });

  it('draws each node where the canvas places it, the Pod’s title and the kubelet inside', () => {
    const graph = graphOf(anatomy);
    const { svg, width, height } = diagramSvg(graph, { theme: 'light', measure });
    const pod = graph.nodes.find((n) => n.type === 'pod')!;
    const kubelet = graph.nodes.find((n) => n.type === 'kubelet')!;
    // 24 px around: from the title 30 px above the Pod down to the kubelet's bottom.
    expect(width).toBe(pod.width + 48);
    expect(height).toBe(30 + kubelet.position.y + kubelet.height + 48);
    expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
    expect(svg).toContain('transform="translate(24 54)"');
    // The main container's box: its border (1.5) drawn inside the node's 192 × 104.
    const main = graph.nodes.find((n) => n.id === 'container:api-server')!;
    expect(svg).toContain(
      `<rect x="${main.position.x + 0.75}" y="${main.position.y + 0.75}" width="190.5" height="102.5" rx="9.25" fill="#ffffff" stroke="#2d63d8" stroke-width="1.5"/>`,
    );
    for (const name of ['api-server', 'init-migrate', 'log-shipper', 'app-logs'])
      expect(svg).toContain(`>${name}</text>`);
    expect(svg).toContain('>/var/log/app</text>');
    expect(svg).toContain('>exits 0 →</text>');
  });

  it('is plain SVG: no HTML, no stylesheet, no CSS variable, the fonts named', () => {
    const { svg } = diagramSvg(graphOf(anatomy), { theme: 'dark', measure });
    expect(svg).not.toMatch(/foreignObject|<style|var\(|class=/);
    expect(svg).toContain(`font-family="'DejaVu Sans', Verdana, sans-serif"`);
    expect(svg).toContain(`font-family="'DejaVu Sans Mono', Menlo, Consolas, monospace"`);
    // Dark: the dark page and text, nothing of the light theme's.
    expect(svg).toContain(`fill="${PALETTES.dark.bg}"`);
    expect(svg).toContain(`fill="${PALETTES.dark.text}"`);
    expect(svg).not.toContain(`fill="${PALETTES.light.text}"`);
  });

  it('escapes what the manifest says and cuts what does not fit', () => {
    const text = anatomy
      .replace('image: my-api:v2', 'image: "registry/<api>&more-than-fits-in-the-box:v2"')
      .replace(/log-shipper/g, 'log-shipper-with-a-name-far-too-long-for-its-box');
    const { svg } = diagramSvg(graphOf(text), { theme: 'light', measure });
    // A container's text has 165 px (192 less padding and border): 23 characters here.
    expect(svg).toContain('>registry/&lt;api&gt;&amp;more-th…</text>');
    expect(svg).not.toContain('<api>');
    expect(svg).toContain('>log-shipper-with-a-nam…</text>');
  });

  it('draws a native sidecar’s “keeps running” only where it fits beside its role', () => {
    const native = readFileSync(
      join(process.cwd(), 'assets/templates/native-sidecar.yaml'),
      'utf8',
    );
    const { svg } = diagramSvg(graphOf(native), { theme: 'light', measure });
    // 192 wide: "native sidecar" leaves no room for the words, so the canvas's ↻ stands in.
    expect(svg).toContain('>native sidecar</text>');
    expect(svg).toContain('>↻</text>');
    expect(svg).not.toContain('keeps running');
    const roomy = diagramSvg(graphOf(native), { theme: 'light', measure: (t) => t.length * 3 });
    expect(roomy.svg).toContain('>keeps running</text>');
  });

  it('refuses an empty graph', () => {
    expect(() => diagramSvg({ nodes: [], edges: [] }, { theme: 'light' })).toThrow(
      'The diagram is empty',
    );
  });
});
