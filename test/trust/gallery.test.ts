/**
 * Issue 11, the gallery row: a photo without a credit is published (the
 * caption shows, nothing is invented in the credit's place) and the editor
 * gets a warning saying so, with what was done instead, which the preview
 * mode shows inside the frame. Captions and credits here are fictional.
 */
import { expect, nextFrame } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define/photo-gallery-caption.js';
import { uncreditedGallery } from '../../fixtures/gallery.js';
import type { PhotoGalleryCaption } from '../../src/elements/photo-gallery-caption/photo-gallery-caption.js';
import type { NcWarningEvent } from '../../src/internal/events.js';
import type { Issue } from '../../src/schema/issues.js';
import { axTree, visible } from '../a11y/checks.js';
import { captureConsole, mount, shadow, text } from '../helpers.js';

const items = uncreditedGallery;

async function mountWarned(index: number): Promise<{ el: PhotoGalleryCaption; warnings: Issue[] }> {
  const warnings: Issue[] = [];
  const listener = (e: Event) => warnings.push(...(e as NcWarningEvent).warnings);
  document.addEventListener('nc-warning', listener);
  let el!: PhotoGalleryCaption;
  try {
    await captureConsole('warn', async () => {
      el = await mount<PhotoGalleryCaption>(
        html`<photo-gallery-caption
          heading="Quillhaven (illustrative)"
          index=${index}
          items=${JSON.stringify(items)}
        ></photo-gallery-caption>`,
      );
      await nextFrame();
    });
  } finally {
    document.removeEventListener('nc-warning', listener);
  }
  return { el, warnings };
}

describe('trust: a gallery photo without a credit', () => {
  it('an empty and a missing credit each give a warning with its path and what was done instead', async () => {
    const { warnings } = await mountWarned(1);
    const credit = warnings.filter((w) => w.path.endsWith('.credit'));
    expect(credit.map(({ path, instead }) => ({ path, instead }))).to.deep.equal([
      { path: 'items[1].credit', instead: 'published without a credit' },
      { path: 'items[2].credit', instead: 'published without a credit' },
    ]);
    expect(credit.map((w) => w.message)).to.deep.equal([
      'empty: every news photo should carry a credit (the photographer or agency)',
      'missing: every news photo should carry a credit (the photographer or agency)',
    ]);
  });

  for (const index of [2, 3]) {
    it(`photo ${index} is published with its caption and no credit: nothing stands in for one`, async () => {
      const { el } = await mountWarned(index);
      const slide = shadow(el).querySelector('.viewer .slide')!;
      const caption = shadow(el).querySelector('.viewer .text')!;
      expect(visible(caption)).to.equal(true);
      expect(text(caption)).to.equal(items[index - 1]!.caption);
      expect(slide.querySelector('.credit')).to.equal(null);
      expect(text(slide)).not.to.match(/credit/i);
      const tree = await axTree();
      const group = tree.find((n) => n.role?.value === 'group' && n.name?.value === `${index} of 3`);
      expect(group, 'slide group').to.not.equal(undefined);
      const words = tree
        .filter((n) => n.role?.value === 'StaticText')
        .map((n) => n.name?.value ?? '')
        .join(' ');
      expect(words).to.contain(items[index - 1]!.caption);
      expect(words).not.to.match(/Credit:/);
    });
  }

  it('a credited photo still reads its credit (the check is not a blanket removal)', async () => {
    const { el, warnings } = await mountWarned(1);
    expect(text(shadow(el).querySelector('.viewer .credit'))).to.equal('Credit: Lantern Pictures (fictional)');
    expect(warnings.some((w) => w.path === 'items[0].credit')).to.equal(false);
  });
});
