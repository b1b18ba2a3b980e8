// The place filter: the collection's places as a tree (province > prefecture > county > township
// > village) with how many items each holds, its own and its descendants'; choosing a unit shows
// the items about it and everything inside it.
import type { PlaceNode } from '../../lib/summary/place-tree';
import { useT } from '../i18n';

interface Props {
  tree: PlaceNode[];
  /** The chosen unit's code. */
  selected?: string;
  onPick(code: string | undefined): void;
}

function Branch({ nodes, selected, onPick }: { nodes: PlaceNode[]; selected?: string; onPick(code: string): void }) {
  const { t } = useT();
  return (
    <ul>
      {nodes.map((node) => (
        <li key={node.code} data-code={node.code}>
          <button type="button" class="item" aria-pressed={node.code === selected} aria-label={`${t('filter.choosePlace', { name: node.name })}, ${node.count}`} onClick={() => onPick(node.code)}>
            <span class="item-text">
              {node.name} <span class="level">{t(`level.${node.level}` as const)}</span>
            </span>
            <span class="count">{node.count}</span>
          </button>
          {node.children.length > 0 && <Branch nodes={node.children} selected={selected} onPick={onPick} />}
        </li>
      ))}
    </ul>
  );
}

export function PlacePicker({ tree, selected, onPick }: Props) {
  const { t } = useT();
  return (
    <section class="places" aria-labelledby="places-heading">
      <h2 id="places-heading">{t('filter.place')}</h2>
      <button type="button" class="item all" aria-pressed={!selected} onClick={() => onPick(undefined)}>
        {t('filter.allPlaces')}
      </button>
      {tree.length ? (
        <div class="tree" data-testid="place-picker">
          <Branch nodes={tree} selected={selected} onPick={onPick} />
        </div>
      ) : (
        <p class="status">{t('filter.noPlaces')}</p>
      )}
    </section>
  );
}
