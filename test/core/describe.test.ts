import { expect } from '@open-wc/testing';
import { changeLabel, describeAnnotation, describeTrend, pointText, trendName } from '../../src/core/describe.js';
import { parseAnnotations, parseTrendData, type TrendData } from '../../src/schema/trend.js';
import { airwarsMonthly, firstDays, seedAnnotations, twoSeries } from '../fixtures/trend.js';

const parse = (input: unknown) => (parseTrendData(input) as { value: TrendData }).value;
const o = { locale: 'en-GB', unit: 'civilians killed', mark: 'line' as const, heading: '' };

describe('core/describe', () => {
  it('describes the seed series: span, peak, lowest, latest, change, ranges, statuses', () => {
    expect(describeTrend(parse(airwarsMonthly), o)).to.equal(
      'Line chart of civilians killed per month, from October 2016 to May 2017. ' +
        'Highest 220 civilians killed in May 2017 (estimate); lowest 44 in October 2016 (estimate); latest 220 in May 2017 (estimate); +400% since October 2016 (from 44); ' +
        'a range of uncertainty is given for 3 months; status: 8 estimates.',
    );
  });
  it('names gaps and statuses of the first days, with no zero', () => {
    const text = describeTrend(parse(firstDays), { ...o, mark: 'bar' });
    expect(text).to.equal(
      'Bar chart of civilians killed per day, from 2 June 2017 to 5 June 2017. ' +
        'Highest 21 civilians killed on 5 June 2017 (reported); lowest 12 on 2 June 2017 (unverified); latest 21 on 5 June 2017 (reported); +75% since 2 June 2017 (from 12, unverified, to 21, reported); ' +
        'no figure for 3 June 2017 and 4 June 2017; status: 1 unverified and 1 reported.',
    );
    expect(text).not.to.match(/\b0\b/);
    // The status rule: a percentage between an unverified and a reported figure names both statuses.
    expect(text).not.to.match(/%(?! since 2 June 2017 \(from 12, unverified, to 21, reported\))/);
  });
  it('describes each series when there are several', () => {
    const text = describeTrend(parse(twoSeries), o);
    expect(text).to.contain('2 series: Monitor A (illustrative) and Official tally (illustrative)');
    expect(text).to.contain('Official tally (illustrative): highest 12 civilians killed in March 2017');
    expect(text).to.contain('no figure for February 2017');
  });
  it('uses the locale’s digits', () => {
    expect(describeTrend(parse(firstDays), { ...o, locale: 'ar-EG' })).to.contain('٢١');
  });
  it('says when there is no data', () => {
    expect(describeTrend(parse([]), o)).to.equal('The chart has no data yet.');
  });
  it('names the chart by its heading, or by what and when', () => {
    expect(trendName(parse(airwarsMonthly), { ...o, heading: 'Deaths rose' })).to.equal('Deaths rose');
    expect(trendName(parse(airwarsMonthly), o)).to.equal('Civilians killed, October 2016 to May 2017');
  });
  it('reads ranges and gaps as words', () => {
    const data = parse(airwarsMonthly);
    expect(pointText(data.series[0]!.points[7]!, null, 'month', o)).to.equal(
      'May 2017, 220 civilians killed (between 220 and 260), estimate, at least 220',
    );
    const gap = parse(firstDays).series[0]!.points[1]!;
    expect(pointText(gap, 'Local sources', 'day', o)).to.equal('3 June 2017, Local sources: no figure');
  });
  it('writes one sentence per annotation, with the computed change', () => {
    const data = parse(airwarsMonthly);
    const r = parseAnnotations(seedAnnotations, data);
    if (!r.ok) throw new Error('annotations invalid');
    const texts = r.value.map((a) => describeAnnotation(a, data, o));
    expect(texts).to.deep.equal([
      'Change from October 2016 to May 2017: 44 to 220, +400%, computed from the data. Label: +400% since October',
      'Note at May 2017, 220 civilians killed: At least 220 killed in May',
      'Event, June 2017: Assault on Raqqa begins',
    ]);
    const change = r.value[0]!;
    if (change.type === 'change') expect(changeLabel(change, 'en')).to.equal('+400% since October');
  });
});
