// The page's places: the linked units as a tree, then the other places by level.
import type { OtherPlaceGroup, PlaceNode } from '../../lib/summary/place-tree';
import { useT } from '../i18n';
import { RevealGroup, RevealItem } from './RevealItem';

interface Props {
  tree: PlaceNode[];
  other: OtherPlaceGroup[];
  onReveal(id: number): void;
  /** A unit's English name, shown beside its Chinese one in the English interface. */
  english(code: string): string | undefined;
}

function Branch({ nodes, onReveal, english }: Pick<Props, 'onReveal' | 'english'> & { nodes: PlaceNode[] }) {
  const { t } = useT();
  return (
    <ul>
      {nodes.map((node) => (
        <li key={node.code} data-code={node.code}>
          <RevealItem text={node.name} count={node.count} revealId={node.revealId} onReveal={onReveal}>
            {node.name}
            {english(node.code) && <span lang="en"> {english(node.code)}</span>} <span class="level">{t(`level.${node.level}` as const)}</span>
          </RevealItem>
          {node.children.length > 0 && <Branch nodes={node.children} onReveal={onReveal} english={english} />}
        </li>
      ))}
    </ul>
  );
}

export function PlaceTree({ tree, other, onReveal, english }: Props) {
  const { t } = useT();
  return (
    <>
      {tree.length > 0 && (
        <div class="tree" data-testid="place-tree">
          <Branch nodes={tree} onReveal={onReveal} english={english} />
        </div>
      )}
      {other.length > 0 && (
        <section class="other-places" data-testid="other-places" aria-labelledby="other-places-heading">
          <h3 id="other-places-heading">{t('level.other')}</h3>
          {other.map((group) => (
            <RevealGroup
              key={group.level}
              id={group.level}
              heading={t(`level.${group.level}` as const)}
              onReveal={onReveal}
              entries={group.places.map((place) => ({
                key: place.name,
                text: place.name,
                count: place.count,
                revealId: place.revealId,
                content: (
                  <>
                    {place.name}
                    {place.unlinked && <span class="note">{t('card.unlinked')}</span>}
                  </>
                ),
              }))}
            />
          ))}
        </section>
      )}
    </>
  );
}
