/**
 * Browser checks for ACCESSIBILITY.md, each a function of a mounted element:
 * axe-core, the DevTools accessibility tree, contrast of text and marks from
 * computed styles, forced colours, motion, overflow and label overlaps, and
 * clipping under text-spacing overrides and 200% text.
 */
import 'axe-core/axe.min.js';
import type { AxeResults } from 'axe-core';
import { cdp, contrast } from '../helpers.js';

declare global {
  interface Window {
    axe: { run: (context: Element, options: object) => Promise<AxeResults> };
  }
}

/** axe-core violations inside `node`, as "rule: target" strings. */
export async function axeViolations(node: Element): Promise<string[]> {
  const r = await window.axe.run(node, { resultTypes: ['violations'] });
  return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`));
}

export interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
  childIds?: string[];
}

export async function axTree(): Promise<AXNode[]> {
  return (await cdp<{ nodes: AXNode[] }>('Accessibility.getFullAXTree')).nodes.filter((n) => !n.ignored);
}

export function axProp(n: AXNode, name: string): unknown {
  return n.properties?.find((p) => p.name === name)?.value.value;
}

/** The colour behind `el`: backgrounds up the composed tree, translucent ones composited over what lies below. */
export function backgroundOf(el: Element): string {
  const layers: [number, number, number, number][] = [];
  for (let n: Element | null = el; n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host || null)) {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(getComputedStyle(n).backgroundColor);
    if (!m) continue;
    const alpha = m[4] === undefined ? 1 : +m[4];
    if (alpha === 0) continue;
    layers.push([+m[1]!, +m[2]!, +m[3]!, alpha]);
    if (alpha === 1) break;
  }
  let [r, g, b] = [255, 255, 255];
  if (layers.at(-1)?.[3] === 1) [r, g, b] = layers.pop()!;
  for (const [lr, lg, lb, a] of layers.reverse()) [r, g, b] = [lr * a + r * (1 - a), lg * a + g * (1 - a), lb * a + b * (1 - a)];
  return `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;
}

/** Visible, i.e. rendered, not visually hidden, not in a [hidden] subtree. */
export function visible(el: Element): boolean {
  if (el.closest('.vh, [hidden]')) return false;
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return false;
  const s = getComputedStyle(el);
  return s.visibility !== 'hidden' && s.display !== 'none';
}

/** Every element holding visible text directly (its own text nodes). */
export function textElements(root: ShadowRoot): Element[] {
  const out = new Set<Element>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const p = n.parentElement;
    if (p && n.textContent!.trim() && visible(p)) out.add(p);
  }
  return [...out];
}

/** Decorative or translucent shapes whose information another, opaque mark carries. */
const EXEMPT_MARKS = '.grid, .grid *, .period, .band, .area, .track, .focus-halo';
const SHAPES = 'path, line, rect, circle, polygon, polyline, ellipse';

/** Painted colours of an SVG shape: opaque stroke and fill (translucent paint is not a mark on its own). */
export function paints(el: Element): string[] {
  const s = getComputedStyle(el);
  const out: string[] = [];
  const op = parseFloat(s.opacity);
  if (s.stroke !== 'none' && parseFloat(s.strokeWidth) > 0 && parseFloat(s.strokeOpacity) >= 1 && op >= 1) out.push(s.stroke);
  if (s.fill !== 'none' && parseFloat(s.fillOpacity) >= 1 && op >= 1 && el.tagName !== 'line') out.push(s.fill);
  return out;
}

export function marks(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll(SHAPES)].filter((m) => !m.matches(EXEMPT_MARKS) && !m.closest('[hidden]'));
}

/** Text under 4.5:1, marks under 3:1 (best of stroke and fill), fonts under 12 px. */
export function seeingProblems(root: ShadowRoot): string[] {
  const problems: string[] = [];
  for (const el of textElements(root)) {
    const s = getComputedStyle(el);
    const isSvg = el instanceof SVGElement;
    const colour = isSvg ? s.fill : s.color;
    // A number drawn on a disc (annotation notes) stands on the disc's fill.
    const disc = isSvg ? el.previousElementSibling : null;
    const bg = disc?.matches('circle.note-dot') ? getComputedStyle(disc).fill : backgroundOf(el);
    const ratio = contrast(colour, bg);
    if (ratio < 4.5) problems.push(`text "${el.textContent!.trim().slice(0, 30)}" ${colour} on ${bg}: ${ratio.toFixed(2)}`);
    if (parseFloat(s.fontSize) < 12) problems.push(`text "${el.textContent!.trim().slice(0, 30)}" is ${s.fontSize}`);
  }
  for (const m of marks(root)) {
    const p = paints(m);
    if (!p.length) continue;
    const bg = backgroundOf(m);
    const best = Math.max(...p.map((c) => contrast(c, bg)));
    if (best < 3) problems.push(`mark ${m.tagName}.${m.getAttribute('class')} ${p.join('/')} on ${bg}: ${best.toFixed(2)}`);
  }
  return problems;
}

/** Marks with no visible paint (none, or the background colour). */
export function invisibleMarks(root: ShadowRoot): string[] {
  return marks(root)
    .filter((m) => {
      const s = getComputedStyle(m);
      const bg = backgroundOf(m);
      const all = [s.stroke, s.fill].filter((c) => c !== 'none' && c !== bg && !/rgba\([^)]*,\s*0\)$/.test(c));
      return all.length === 0 || (m.tagName === 'line' && (s.stroke === 'none' || s.stroke === bg));
    })
    .map((m) => `${m.tagName}.${m.getAttribute('class')}`);
}

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function overlap(a: Box, b: Box): number {
  return (
    Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top))
  );
}

/**
 * Sideways overflow of the element or any visible part of it (a scrolling table
 * region may scroll inside itself). `svgText` false leaves out SVG labels: under
 * text-spacing overrides they grow past their estimated boxes, unclipped (see clippingProblems).
 */
export function overflowProblems(host: HTMLElement, svgText = true): string[] {
  const problems: string[] = [];
  const root = host.shadowRoot!;
  const box = host.getBoundingClientRect();
  if (host.scrollWidth > host.clientWidth + 1) problems.push(`host scrolls sideways: ${host.scrollWidth} > ${host.clientWidth}`);
  for (const el of root.querySelectorAll('*')) {
    if (!visible(el) || el.closest('.table-wrap')) continue;
    if (!svgText && el instanceof SVGElement && el.closest('text, g')) continue;
    const r = el.getBoundingClientRect();
    if (r.left < box.left - 1 || r.right > box.right + 1)
      problems.push(
        `${el.tagName}.${el.getAttribute('class') ?? ''} [${r.left | 0}, ${r.right | 0}] outside [${box.left | 0}, ${box.right | 0}]`,
      );
  }
  return problems;
}

/** Pairs of SVG labels whose boxes overlap, and labels outside their SVG. */
export function labelProblems(root: ShadowRoot): string[] {
  const problems: string[] = [];
  for (const svg of root.querySelectorAll('.plot svg')) {
    const frame = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent!.trim());
    const boxes = texts.map((t) => t.getBoundingClientRect());
    boxes.forEach((b, i) => {
      if (b.left < frame.left - 1 || b.right > frame.right + 1 || b.top < frame.top - 1 || b.bottom > frame.bottom + 1)
        problems.push(`label "${texts[i]!.textContent}" outside the chart`);
      for (let j = i + 1; j < boxes.length; j++) {
        // Glyph boxes include line gaps: overlaps under 2 px of height are not collisions.
        const o = overlap(b, boxes[j]!);
        const minH = Math.min(b.bottom, boxes[j]!.bottom) - Math.max(b.top, boxes[j]!.top);
        if (o > 4 && minH > 2)
          problems.push(`labels "${texts[i]!.textContent}" and "${texts[j]!.textContent}" overlap by ${o.toFixed(0)} px²`);
      }
    });
  }
  return problems;
}

/** WCAG 1.4.12's overrides, on the host and on every element of the shadow root. */
const SPACING = new CSSStyleSheet();
SPACING.replaceSync(
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
);

/** Applies text-spacing overrides and 200% text; returns a function that removes them. */
export function stretchText(host: HTMLElement): () => void {
  const root = host.shadowRoot!;
  const before = root.adoptedStyleSheets;
  root.adoptedStyleSheets = [...before, SPACING];
  host.style.fontSize = '200%';
  host.style.lineHeight = '1.5';
  host.style.letterSpacing = '0.12em';
  host.style.wordSpacing = '0.16em';
  return () => {
    root.adoptedStyleSheets = before;
    host.removeAttribute('style');
  };
}

/** Visible text cut off by a box that hides its overflow. */
export function clippingProblems(host: HTMLElement): string[] {
  const problems: string[] = [];
  for (const el of host.shadowRoot!.querySelectorAll('*')) {
    if (el instanceof SVGSVGElement && getComputedStyle(el).overflow !== 'visible' && el.querySelector('text'))
      problems.push('an SVG with labels clips its overflow');
    if (!visible(el) || el instanceof SVGElement) continue;
    const s = getComputedStyle(el);
    const hides = (o: string) => o === 'hidden' || o === 'clip';
    if (!el.textContent!.trim()) continue;
    if ((hides(s.overflowX) && el.scrollWidth > el.clientWidth + 1) || (hides(s.overflowY) && el.scrollHeight > el.clientHeight + 1))
      problems.push(
        `${el.tagName}.${el.getAttribute('class') ?? ''} clips its text (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`,
      );
    if (s.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) problems.push(`${el.tagName} truncates with an ellipsis`);
  }
  return problems;
}

/** Running animations and non-zero transitions under reduced motion. */
export function motionProblems(host: HTMLElement): string[] {
  const problems = host.shadowRoot!.getAnimations().map((a) => `animation ${a.constructor.name} running`);
  for (const el of host.shadowRoot!.querySelectorAll('*')) {
    const s = getComputedStyle(el);
    if (s.animationName !== 'none' && parseFloat(s.animationDuration) > 0) problems.push(`${el.tagName} animation ${s.animationName}`);
    if (s.transitionDuration.split(',').some((d) => parseFloat(d) > 0)) problems.push(`${el.tagName} transition ${s.transitionDuration}`);
  }
  return problems;
}

/** Every aria-labelledby / -describedby / -controls id resolves inside the shadow root. */
export function idProblems(root: ShadowRoot): string[] {
  const problems: string[] = [];
  for (const n of root.querySelectorAll('[aria-labelledby], [aria-describedby], [aria-controls]'))
    for (const a of ['aria-labelledby', 'aria-describedby', 'aria-controls'])
      for (const id of (n.getAttribute(a) ?? '').split(/\s+/).filter(Boolean))
        if (!root.getElementById(id)) problems.push(`${a}="${id}" unresolved`);
  return problems;
}
