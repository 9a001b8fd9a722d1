// Follows the README's "Use with React" section: the wrapper components, and one plain tag typed by jsx-react.
import { useRef, useState } from 'react';
import { CasualtyTrend, PhotoGalleryCaption, type CasualtyTrendElement, type NcInvalidEvent } from 'newsroom-charts/react';
import 'newsroom-charts/source-comparison';
import type {} from 'newsroom-charts/jsx-react';
import type { SourceInput, TrendDataInput } from 'newsroom-charts';
import { brokenSources, brokenTrend, photos, sources, trend } from '../../shared/data';

export function App() {
  const [heading, setHeading] = useState('Incidents per month');
  const [data, setData] = useState<TrendDataInput>(trend);
  const [plainData, setPlainData] = useState<SourceInput[]>(sources);
  const [log, setLog] = useState<string[]>([]);
  const chart = useRef<CasualtyTrendElement>(null);
  const note = (s: string) => setLog((l) => [...l, s]);

  return (
    <main>
      <CasualtyTrend
        id="trend"
        ref={chart}
        heading={heading}
        data={data}
        unit="incidents"
        interval="month"
        onNcInvalid={(e: NcInvalidEvent) => note(`nc-invalid:${e.issues.length}:${e.issues[0]?.path ?? ''}`)}
        onNcWarning={(e) => note(`nc-warning:${e.warnings.length}`)}
      />
      <source-comparison
        id="plain"
        heading="Counts by source"
        data={plainData}
        unit="incidents"
        source-url="https://example.org/"
        onnc-invalid={(e) => note(`plain-invalid:${e.issues.length}`)}
      />
      <PhotoGalleryCaption id="gallery" heading="Photos" items={photos} onGalleryChange={(e) => note(`gallery-change:${e.detail.index}`)} />
      <button id="rename" onClick={() => setHeading('Renamed in React')}>
        Rename
      </button>
      <button id="break" onClick={() => setData(brokenTrend)}>
        Break data
      </button>
      <button id="break-plain" onClick={() => setPlainData(brokenSources)}>
        Break plain tag data
      </button>
      <button id="ref" onClick={() => note(`ref:${chart.current?.localName}:${chart.current?.heading}`)}>
        Read ref
      </button>
      <output id="log">{log.join(' ')}</output>
    </main>
  );
}
