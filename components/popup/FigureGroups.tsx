// The page's figures by type, each with its normalised value.
import type { FigureGroup } from '../../lib/summary/figure-groups';
import { formatFigureValue } from '../../lib/summary/figure-value';
import { useT } from '../i18n';
import { RevealGroup } from './RevealItem';

interface Props {
  groups: FigureGroup[];
  onReveal(id: number): void;
}

export function FigureGroups({ groups, onReveal }: Props) {
  const { lang, t } = useT();
  return (
    <div data-testid="figure-groups">
      {groups.map((group) => (
        <RevealGroup
          key={group.type}
          id={group.type}
          heading={t(`figure.${group.type}` as const)}
          onReveal={onReveal}
          entries={group.entries.map((entry) => ({
            key: entry.revealId,
            text: entry.text,
            count: entry.count,
            revealId: entry.revealId,
            content: (
              <>
                <span class="figure-text">{entry.text}</span>
                <span class="value">{formatFigureValue(entry.figure, lang)}</span>
              </>
            ),
          }))}
        />
      ))}
    </div>
  );
}
