// The page's figures by type, each with its normalised value.
import type { FigureGroup } from '../../lib/summary/figure-groups';
import { formatFigureValue } from '../../lib/summary/figure-value';
import { useT } from '../i18n';
import { RevealItem } from './RevealItem';

interface Props {
  groups: FigureGroup[];
  onReveal(id: number): void;
}

export function FigureGroups({ groups, onReveal }: Props) {
  const { lang, t } = useT();
  return (
    <div data-testid="figure-groups">
      {groups.map((group) => (
        <div key={group.type} class="group" data-type={group.type}>
          <h4>{t(`figure.${group.type}` as const)}</h4>
          <ul>
            {group.entries.map((entry) => (
              <li key={entry.revealId}>
                <RevealItem text={entry.text} count={entry.count} revealId={entry.revealId} onReveal={onReveal}>
                  <span class="figure-text">{entry.text}</span>
                  <span class="value">{formatFigureValue(entry.figure, lang)}</span>
                </RevealItem>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
