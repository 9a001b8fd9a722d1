// The README's React snippet, verbatim (checked by tsc with the app's strict settings).
import { useRef } from 'react';
import { CasualtyTrend, type CasualtyTrendElement } from 'newsroom-charts/react';
import type { TrendDataInput } from 'newsroom-charts';

const data: TrendDataInput = [
  { date: '2030-01', value: 12 },
  { date: '2030-02', value: 18 },
];

export function Chart() {
  const ref = useRef<CasualtyTrendElement>(null); // the <casualty-trend> element
  return (
    <CasualtyTrend
      ref={ref}
      heading="Incidents per month"
      data={data} // objects, not JSON strings
      interval="month" // typed: 'day' | 'week' | 'month' | 'year'
      onNcInvalid={(e) => console.log(e.issues)} // NcInvalidEvent
      onNcWarning={(e) => console.log(e.warnings)}
    />
  );
}
