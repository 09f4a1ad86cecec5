import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveGraph, parseManifest, type Graph } from '../../../shared';
import { diagramSvg } from '../../../renderer/teach/diagram/diagram-svg';
import { PALETTE_KEYS, PALETTES, paint } from '../../../renderer/teach/diagram/palette';
import type { Measure } from '../../../renderer/teach/diagram/svg-text';
import { anatomy } from './helpers';
import { template } from '../../support/templates';

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

  it('escapes what the manifest says and cuts what does not fit in the middle, as the canvas', () => {
    const text = anatomy
      .replace('image: my-api:v2', 'image: "registry/<api>&more-than-fits-in-the-box:v2"')
      .replace(/log-shipper/g, 'log-shipper-with-a-name-far-too-long-for-its-box');
    const { svg } = diagramSvg(graphOf(text), { theme: 'light', measure });
    // A container's text has 165 px (192 less padding and border): 23 characters here. The
    // ends of names and images tell them apart (an image's tag): both are kept.
    expect(svg).toContain('>registry/&lt;a…-the-box:v2</text>');
    expect(svg).not.toContain('<api>');
    expect(svg).toContain('>log-shipper…for-its-box</text>');
  });

  /** The texts drawn, in order. */
  const texts = (svg: string) =>
    [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));

  it("writes the kubelet's line on two lines, as the canvas wraps it, rather than cut it", () => {
    const drawn = texts(diagramSvg(graphOf(anatomy), { theme: 'light', measure }).svg);
    const at = drawn.indexOf('kubelet on Node');
    const kubelet = graphOf(anatomy).nodes.find((n) => n.type === 'kubelet')!;
    const lines = drawn.slice(at + 1, at + 3);
    expect(lines.join(' ')).toBe((kubelet.data as { text: string }).text);
    expect(lines.every((line) => !line.includes('…'))).toBe(true);
  });

  it("writes a native sidecar's role in the darker teal its words need for 4.5:1", () => {
    const { svg } = diagramSvg(graphOf(template('native-sidecar.yaml')), {
      theme: 'light',
      measure,
    });
    const role = /<text[^>]*>native sidecar<\/text>/.exec(svg)?.[0] ?? '';
    expect(role).toContain(PALETTES.light['role-native-text']);
    expect(role).not.toContain(PALETTES.light['role-native']);
  });

  it("writes an empty lane's subtitle on two lines, and cuts a full narrow lane's between words", () => {
    const envoy = texts(
      diagramSvg(graphOf(template('envoy-proxy.yaml')), { theme: 'light', measure }).svg,
    );
    expect(envoy).toContain('run first, one by one,');
    expect(envoy).toContain('in order');
    const graph = graphOf(template('pod-api.yaml'));
    // A caption longer than the lane is cut between words.
    const subtitle = 'start together, after the init containers';
    const lane = graph.nodes.find((n) => n.id === 'app-lane')!;
    const longer = {
      ...graph,
      nodes: graph.nodes.map((n) => (n === lane ? { ...n, data: { ...n.data, subtitle } } : n)),
    } as typeof graph;
    const hint = texts(diagramSvg(longer, { theme: 'light', measure }).svg).find((t) =>
      t.startsWith('start together'),
    )!;
    expect(hint).toMatch(/\w…$/);
    expect(subtitle.split(' ')).toContain(hint.slice(0, -1).split(' ').at(-1));
  });

  it('keeps apart containers whose names would read the same, and counts who shares a volume', () => {
    const names = [0, 1, 2].map((i) => `init-step-number-${i}-with-long-name`);
    const yaml = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: steps',
      'spec:',
      '  initContainers:',
      ...names.flatMap((name) => [
        `    - name: ${name}`,
        '      image: busybox:1.36',
        '      volumeMounts: [{ name: work, mountPath: /work }]',
      ]),
      '  containers:',
      '    - name: app',
      '      image: my-api:v2',
      '  volumes:',
      '    - name: work',
      '      emptyDir: {}',
    ].join('\n');
    const drawn = texts(diagramSvg(graphOf(yaml), { theme: 'light', measure }).svg);
    // Each name is drawn after its role.
    const shown = drawn.filter((_, k) => drawn[k - 1] === 'init container');
    expect(shown).toHaveLength(3);
    expect(new Set(shown).size).toBe(3);
    shown.forEach((text, i) => expect(text).toMatch(new RegExp(`[-…]${i}[-…]`)));
    // 193 px beside the volume's icon: a name too long to stand whole, and the others counted.
    expect(drawn.find((t) => t.startsWith('shared by init'))).toMatch(/^shared by init-.*….* \+2$/);
  });

  it("ends the init containers' hand-off level with the app lane's first row", () => {
    const graph = graphOf(template('native-sidecar.yaml'));
    const { svg } = diagramSvg(graph, { theme: 'light', measure });
    const lane = graph.nodes.find((n) => n.id === 'app-lane')!;
    const main = graph.nodes.find((n) => n.id === 'container:api-server')!;
    expect(lane.height).toBeGreaterThan(2 * main.height);
    const tips = [...svg.matchAll(/<polygon points="([\d.]+),([\d.]+)/g)].map((m) => Number(m[2]));
    // Drawn in the graph's coordinates (the Pod's), which a transform moves into the picture.
    expect(tips).toContain(main.position.y + main.height / 2);
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
