/** Publishers' own text (issue 13): the `strings` property and `registerStrings`, checked like any input. */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define/all.js';
import { registerStrings } from '../../src/i18n/load.js';
import type { NcWarningEvent } from '../../src/internal/events.js';
import { illustrativeMonthly } from '../../fixtures/trend.js';
import { axTree } from '../a11y/checks.js';
import { captureConsole, mount } from '../helpers.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown>; strings: unknown };
const toggle = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!;

describe('publisher strings', () => {
  it('"Figures" instead of "Show data table": shown, named, and the rest as before', async () => {
    const el = await mount<Updating>(
      html`<casualty-trend
        locale="en-GB"
        .strings=${{ tableShow: 'Figures', tableHide: 'Hide figures' }}
        .data=${illustrativeMonthly}
      ></casualty-trend>`,
    );
    expect(toggle(el).textContent!.trim()).to.equal('Figures');
    const tree = await axTree();
    expect(tree.some((n) => n.role?.value === 'button' && n.name?.value === 'Figures')).to.equal(true);
    toggle(el).click();
    await el.updateComplete;
    expect(toggle(el).textContent!.trim()).to.equal('Hide figures');
    expect(el.shadowRoot!.querySelector('[part="download"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Get the data (CSV)');
  });

  it('overrides a language’s own text too, and a change of strings redraws', async () => {
    const el = await mount<Updating>(
      html`<casualty-trend locale="fr" .strings=${{ tableShow: 'Les chiffres' }} .data=${illustrativeMonthly}></casualty-trend>`,
    );
    expect(toggle(el).textContent!.trim()).to.equal('Les chiffres');
    expect(el.shadowRoot!.querySelector('.readout .hint')!.textContent).to.contain('Survolez');
    el.strings = { tableShow: 'Voir les données' };
    await el.updateComplete;
    expect(toggle(el).textContent!.trim()).to.equal('Voir les données');
  });

  it('refuses bad text with a warning and a path, shown in the editor preview, and keeps the rest', async () => {
    let warnings: NcWarningEvent['warnings'] = [];
    const logged = await captureConsole('warn', async () => {
      const el = await mount<Updating>(
        html`<casualty-trend
          preview
          @nc-warning=${(e: NcWarningEvent) => (warnings = e.warnings)}
          .strings=${{ tableShow: '<b>Figures</b>', tableHide: 42, nope: 'x', slide: '{index} of {total}' }}
          .data=${illustrativeMonthly}
        ></casualty-trend>`,
      );
      // Text, never markup: the publisher's string is shown as written.
      expect(toggle(el).textContent!.trim()).to.equal('<b>Figures</b>');
      expect(toggle(el).querySelector('b')).to.equal(null);
      const panel = el.shadowRoot!.querySelector('[data-nc-preview]')!.textContent!;
      expect(panel).to.contain('strings.nope');
      expect(panel).to.contain('strings.slide');
    });
    expect(warnings.map((w) => `${w.path}: ${w.message}`)).to.include.members([
      'strings.tableHide: expected a text of at most 500 characters',
      'strings.nope: not a known text key; ignored',
      'strings.slide: {total} is not filled in this text (it can use {index}, {count})',
    ]);
    expect(logged.join('\n')).to.contain('strings.nope');
  });
});

describe('registerStrings', () => {
  it('adds a language the library does not ship: its keys in it, the rest in English marked lang="en", one warning naming the missing keys', async () => {
    registerStrings('pt', { tableShow: 'Mostrar tabela de dados', trendHint: 'Passe o cursor, toque ou use Tab para ler os valores.' });
    let warnings: NcWarningEvent['warnings'] = [];
    await captureConsole('warn', async () => {
      const el = await mount<Updating>(
        html`<casualty-trend
          locale="pt-BR"
          @nc-warning=${(e: NcWarningEvent) => (warnings = e.warnings)}
          .data=${illustrativeMonthly}
        ></casualty-trend>`,
      );
      const root = el.shadowRoot!;
      expect(root.querySelector('figure')!.getAttribute('lang')).to.equal('pt');
      expect(toggle(el).textContent!.trim()).to.equal('Mostrar tabela de dados');
      expect(toggle(el).querySelector('[lang]')).to.equal(null);
      expect(root.querySelector('[part="download"] [lang="en"]')!.textContent).to.contain('Get the data');
    });
    const missing = warnings.filter((w) => w.path === 'locale');
    expect(missing.length).to.equal(1);
    expect(missing[0]!.message).to.match(/^no "pt" text for tableHide, .*getData/);
    expect(missing[0]!.message).to.not.contain('tableShow');
  });

  it('changes elements already on the page (a house style registered after the script)', async () => {
    const el = await mount<Updating>(html`<casualty-trend locale="de" .data=${illustrativeMonthly}></casualty-trend>`);
    expect(toggle(el).textContent!.trim()).to.equal('Datentabelle anzeigen');
    const issues = registerStrings('de', { tableShow: 'Zahlen zeigen', bogus: 1 });
    await el.updateComplete;
    expect(toggle(el).textContent!.trim()).to.equal('Zahlen zeigen');
    expect(issues.map((i) => i.path)).to.deep.equal(['registerStrings("de").bogus']);
  });
});
