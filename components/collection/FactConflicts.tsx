// The facts the collection holds from different pages that disagree: one block per measure, place
// and period, each page's value side by side with its source.
import { useMemo } from 'preact/hooks';
import { factConflicts } from '../../lib/collection/conflicts';
import type { CollectedItem } from '../../lib/collection/item';
import { periodWords } from '../../lib/format/figure-words';
import { useT } from '../i18n';

export function FactConflicts({ items }: { items: CollectedItem[] }) {
  const { lang, t } = useT();
  const conflicts = useMemo(() => factConflicts(items), [items]);
  if (conflicts.length === 0) return null;
  return (
    <section class="conflicts" aria-labelledby="conflicts-heading" data-testid="conflicts">
      <h2 id="conflicts-heading">{t('conflicts.heading', { count: conflicts.length })}</h2>
      {conflicts.map((conflict) => (
        <div class="conflict" key={conflict.key}>
          <h3>{[conflict.place, periodWords(conflict.period, lang), conflict.measure].join(' · ')}</h3>
          <table>
            <tbody>
              {conflict.entries.map(({ item }) => (
                <tr key={item.id}>
                  <td class="conflict-value">{item.text}</td>
                  <td>
                    <a href={item.url} target="_blank" rel="noopener noreferrer">
                      {item.title || item.url}
                    </a>
                    {item.published && <span class="help"> · {item.published}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
