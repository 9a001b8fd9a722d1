/**
 * ACCESSIBILITY.md, automated over the whole matrix: for every element ×
 * state (test/a11y/matrix.ts) × theme × direction × width, one test that
 * checks axe, the accessibility tree, contrast of text and marks, font sizes,
 * forced colours, reduced motion, sideways overflow and label overlaps, and
 * clipping under text-spacing overrides with 200% text. Keyboard, focus,
 * live regions and announcements are in interaction.test.ts.
 */
import { expect, nextFrame } from '@open-wc/testing';
import '../../src/define/all.js';
import { captureConsole, cdp, mount, settle } from '../helpers.js';
import {
  axeViolations,
  axTree,
  clippingProblems,
  idProblems,
  invisibleMarks,
  labelProblems,
  motionProblems,
  overflowProblems,
  seeingProblems,
  stretchText,
  visible,
} from './checks.js';
import { DIRS, page, STATES, THEMES, WIDTHS, type Expect, type Theme } from './matrix.js';
import { en } from '../../src/i18n/messages.js';
import ar from '../../src/i18n/ar.js';

/**
 * The words the checks look for, in the page's language (issue 13): the
 * right-to-left pages are Arabic, so their charts speak Arabic.
 */
const SAID = {
  ltr: { arrow: /arrow/i, loading: en.loading, error: /could not/, slide: en.roleSlide, credit: en.credit, noFigures: 'No figures for' },
  rtl: {
    arrow: /السهم|الأسهم/,
    loading: ar.loading as string,
    error: /تعذّر/,
    slide: ar.roleSlide as string,
    credit: ar.credit as string,
    noFigures: 'لا أرقام (',
  },
};

/** Combinations checked, by element; printed at the end for the closing note. */
export const checked = { total: 0, byTag: {} as Record<string, number> };

function media(theme: Theme, ...extra: { name: string; value: string }[]) {
  return cdp('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: theme }, ...extra] });
}

/** What the console said that it should not have, for a state's expectations. */
export function consoleProblems(errors: readonly string[], warnings: readonly string[], want: Expect): string[] {
  const lit = [...errors, ...warnings].filter((m) => /lit\.dev\/msg\//.test(m)).map((m) => `Lit dev-mode warning: ${m}`);
  const others = (list: readonly string[]) => list.filter((m) => !/lit\.dev\/msg\//.test(m));
  return [
    ...lit,
    ...(want.error ? [] : others(errors).map((m) => `console.error: ${m}`)),
    ...(want.warns ? [] : others(warnings).map((m) => `console.warn: ${m}`)),
  ];
}

describe('accessibility matrix (element × state × theme × direction × width)', function () {
  this.timeout(30000);
  const started = Date.now();

  after(async () => {
    await cdp('Emulation.setEmulatedMedia', { features: [] });
    const s = ((Date.now() - started) / 1000).toFixed(1);
    const skipped = STATES.filter((st) => st.enabled === false).map((st) => `${st.tag} ${st.state} (${st.why})`);
    console.log(
      `a11y matrix: ${checked.total} element × state × theme × direction × width combinations checked in ${s} s ` +
        `(${Object.entries(checked.byTag)
          .map(([t, n]) => `${t} ${n}`)
          .join(', ')}); states not yet enabled: ${skipped.join('; ') || 'none'}`,
    );
  });

  for (const theme of THEMES) {
    describe(`${theme} (prefers-color-scheme: ${theme})`, () => {
      before(() => media(theme));
      for (const dir of DIRS)
        for (const width of WIDTHS)
          for (const st of STATES) {
            const title = `${st.tag} · ${st.state} · ${theme} · ${dir} · ${width}px`;
            if (st.enabled === false) {
              it.skip(`${title} — not enabled: ${st.why}`);
              continue;
            }
            it(title, async () => {
              const problems: string[] = [];
              let host!: HTMLElement;
              let wrap!: HTMLElement;
              let errors: string[] = [];
              const warnings = await captureConsole('warn', async () => {
                errors = await captureConsole('error', async () => {
                  wrap = await mount<HTMLElement>(page(dir, st.render(dir === 'rtl' ? 'ar' : 'en')), width);
                  host = wrap.firstElementChild as HTMLElement;
                  await settle(host, 2);
                });
              });
              const root = host.shadowRoot!;
              const want = st.expect(getLocale(host));
              // The console says nothing unless the state is about a problem: errors only for the error
              // states, warnings only where the state expects them, and never a Lit dev-mode warning.
              problems.push(...consoleProblems(errors, warnings, want));

              // 1, 3: axe-core, aria id references.
              problems.push(...(await axeViolations(wrap)).map((v) => `axe ${v}`));
              problems.push(...idProblems(root));

              // 2, 4, 7, 8: the accessibility tree through the DevTools protocol.
              const tree = await axTree();
              const unnamedImages = tree.filter(
                (n) => ['image', 'img', 'graphics-document'].includes(n.role?.value ?? '') && !n.name?.value,
              );
              if (unnamedImages.length) problems.push(`${unnamedImages.length} unnamed image node(s)`);
              const figure = tree.find((n) => n.role?.value === 'figure');
              if (!figure?.name?.value) problems.push('no named figure in the tree');
              if (want.chart) {
                const groups = tree.filter((n) => n.role?.value === 'group' && n.name?.value);
                const figures = want.figures.map((f) => (f === 'No figures for' ? SAID[dir].noFigures : f));
                const chart = groups.find((n) => figures.every((f) => (n.description?.value ?? '').includes(f)));
                if (!chart)
                  problems.push(
                    `no named chart group whose description holds ${want.figures.join(', ')}; groups: ${groups
                      .map((g) => `${g.name!.value} — ${g.description?.value ?? ''}`)
                      .join(' | ')}`,
                  );
                else if (!SAID[dir].arrow.test(chart.description!.value)) problems.push('the chart description does not explain the keys');
                if (root.querySelector('.plot')?.getAttribute('role') === 'img') problems.push('focusable plot is role="img"');
              }
              if (want.rows !== undefined) {
                // 5: the table, always in the tree: caption, column headers, one row per datum.
                const rows = root.querySelectorAll('#table tbody tr').length;
                if (rows !== want.rows) problems.push(`${rows} table rows, expected ${want.rows}`);
                if (!root.querySelector('#table caption') || !root.querySelector('#table th[scope="col"]'))
                  problems.push('table without caption or th scope');
                if (!tree.some((n) => n.role?.value === 'table')) problems.push('no table in the accessibility tree');
              }
              // 17: every photo has an alt (empty when the caption describes it), and the credit is not in it.
              for (const img of root.querySelectorAll('img')) {
                const alt = img.getAttribute('alt');
                if (alt === null) problems.push('img without alt');
                const credit = img.closest('.slide')?.querySelector('.credit')?.textContent?.replace(SAID[dir].credit, '').trim();
                if (alt && credit && alt.includes(credit)) problems.push(`alt "${alt}" repeats the credit`);
              }
              // 20: several series differ by marker shape as well as colour.
              const shapes = [...root.querySelectorAll('.plot .series')].map((g) => g.querySelector('.marker')?.getAttribute('d'));
              if (shapes.length > 1 && new Set(shapes).size < shapes.length) problems.push('series share a marker shape');
              // 24: targets at least 24 × 24 CSS px (links inside sentences are exempt).
              for (const b of root.querySelectorAll('button')) {
                const r = b.getBoundingClientRect();
                if (visible(b) && (r.width < 24 || r.height < 24))
                  problems.push(`button "${b.textContent!.trim()}" is ${r.width}×${r.height}`);
              }
              if (
                want.loading &&
                !(
                  root.querySelector('figure[aria-busy="true"]') &&
                  (root.querySelector('[role="status"].loading-msg')?.textContent ?? '').includes(SAID[dir].loading)
                )
              )
                problems.push('not in the loading state');
              if (want.error && !tree.some((n) => n.role?.value === 'group' && SAID[dir].error.test(n.name?.value ?? '')))
                problems.push('no named error group');
              if (want.slides !== undefined) {
                const slides = root.querySelectorAll(`[aria-roledescription="${SAID[dir].slide}"][role="group"][aria-label]`);
                if (slides.length !== want.slides) problems.push(`${slides.length} slide groups, expected ${want.slides}`);
              }

              // 26: prefers-color-scheme is followed (no theme attribute is set here).
              const bg = getComputedStyle(host).backgroundColor;
              if (bg !== (theme === 'dark' ? 'rgb(18, 18, 18)' : 'rgb(255, 255, 255)'))
                problems.push(`background ${bg} in the ${theme} scheme`);
              // 19, 21, 26: contrast and font sizes, in this theme.
              problems.push(...seeingProblems(root));
              // 23: no sideways scrolling, no overlapping labels.
              problems.push(...overflowProblems(host), ...labelProblems(root));

              // 22: forced colours: every mark still painted in a visible colour.
              await media(theme, { name: 'forced-colors', value: 'active' });
              try {
                await nextFrame();
                problems.push(...invisibleMarks(root).map((m) => `forced colours: ${m} invisible`));
              } finally {
                await media(theme);
              }

              // 25: reduced motion: nothing runs, even after a change.
              await media(theme, { name: 'prefers-reduced-motion', value: 'reduce' });
              try {
                root.querySelector<HTMLButtonElement>('[part="next"]')?.click();
                await settle(host, 2);
                problems.push(...motionProblems(host));
              } finally {
                await media(theme);
              }

              // 23: text-spacing overrides and 200% text: nothing clipped, nothing sideways.
              const undo = stretchText(host);
              try {
                await settle(host, 2);
                problems.push(...clippingProblems(host).map((p) => `spaced text: ${p}`));
                problems.push(...overflowProblems(host, false).map((p) => `spaced text: ${p}`));
              } finally {
                undo();
              }

              checked.total++;
              checked.byTag[st.tag] = (checked.byTag[st.tag] ?? 0) + 1;
              expect(problems, title).to.deep.equal([]);
            });
          }
    });
  }

  // A suite of its own, declared last: mocha runs a suite's own tests before its sub-suites, so
  // here it runs after every combination.
  describe('totals', () => {
    it('checked every enabled combination to the end', function () {
      // A combination that threw before its checks finished is missing from the count.
      // Meaningless when a --grep picks a few.
      if (checked.total === 0) this.skip();
      const enabled = STATES.filter((s) => s.enabled !== false).length;
      expect(checked.total).to.equal(enabled * THEMES.length * DIRS.length * WIDTHS.length);
    });
  });
});

function getLocale(host: HTMLElement): string {
  return host.closest('[lang]')?.getAttribute('lang') ?? 'en';
}
