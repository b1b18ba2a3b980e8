import { useEffect, useState } from 'preact/hooks';
import { requestFigureCount } from './figure-count';

/** undefined while asking, null where the tab has no content script to answer. */
type FigureCount = number | null | undefined;

function describeCount(figures: FigureCount): string {
  if (figures === undefined) return 'Counting…';
  if (figures === null) return 'Not available on this page.';
  return `${figures} ${figures === 1 ? 'figure' : 'figures'} highlighted on this page.`;
}

export function App() {
  const [figures, setFigures] = useState<FigureCount>(undefined);

  useEffect(() => {
    requestFigureCount().then(setFigures);
  }, []);

  return (
    <main>
      <h1>NewsFacts</h1>
      <p data-testid="figure-count">{describeCount(figures)}</p>
    </main>
  );
}
