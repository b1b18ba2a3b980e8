// A place's card: the unit the place was linked to, with the facts the gazetteer holds, and how
// often the page mentions it; or, for a place not linked to one unit, why not. Its first view is
// compact (name, level, path, code, English name, mentions), so it covers little of the page;
// the rest (pinyin, child units, coordinates, telephone code, sources) is behind "More".
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Place } from '../../lib/annotation';
import type { PlaceFacts, UnitLevel } from '../../lib/gazetteer/types';
import { languageTag } from '../../lib/i18n';
import { useT } from '../i18n';
import { CardTop } from './CardTop';
import { LinkedFacts, type LinkedItems } from './LinkedFacts';

export type Lookup = (code: string) => Promise<PlaceFacts | null>;

export interface PlaceViewProps {
  /** The place as the page's annotation has it; absent for a unit opened from a path. */
  place?: Place;
  code?: string;
  lookup: Lookup;
  /** How many facts on the page name the unit with this code. */
  mentions(code: string): number;
  linked: LinkedItems;
  onOpenPlace(code: string): void;
  onBack?: () => void;
  onClose(): void;
}

/** Candidates named on an unlinked place's card, at most. */
const CANDIDATES_SHOWN = 6;
const CHILD_LEVELS: UnitLevel[] = ['prefecture', 'county', 'township', 'village'];
/** Levels of China's administrative divisions: a place of one the gazetteer lacks is not listed, not "no unit". */
const CHINESE_LEVELS: ReadonlySet<string> = new Set<UnitLevel>(['province', ...CHILD_LEVELS]);

// The facts of each code: undefined while asking, null where the gazetteer has none.
function usePlaceFacts(codes: string[], lookup: Lookup): Array<PlaceFacts | null | undefined> {
  const [facts, setFacts] = useState<Array<PlaceFacts | null | undefined>>([]);
  const key = codes.join(' ');
  useEffect(() => {
    let live = true;
    setFacts(codes.map(() => undefined));
    Promise.all(codes.map((code) => lookup(code).catch(() => null))).then((found) => live && setFacts(found));
    return () => {
      live = false;
    };
  }, [key]);
  return facts;
}

function Path({ facts, onOpenPlace }: { facts: PlaceFacts; onOpenPlace(code: string): void }) {
  const { t } = useT();
  return (
    <nav class="path" aria-label={t('card.path')}>
      {facts.path.map((unit, i) => (
        <Fragment key={unit.code}>
          {i > 0 && <span class="sep">›</span>}
          {unit.code === facts.code ? (
            <span class="here">{unit.name}</span>
          ) : (
            <button type="button" onClick={() => onOpenPlace(unit.code)}>
              {unit.name}
            </button>
          )}
        </Fragment>
      ))}
    </nav>
  );
}

// One fact as a term and its value, or nothing when the gazetteer lacks it.
function Fact({ term, value }: { term: string; value: string | undefined }) {
  if (!value) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </>
  );
}

function UnitFacts({ facts, mentions }: { facts: PlaceFacts; mentions: number }) {
  const { lang, t } = useT();
  const [more, setMore] = useState(false);
  const children = CHILD_LEVELS.filter((level) => facts.children[level]);
  const count = (n: number) => n.toLocaleString(languageTag(lang));
  return (
    <>
      <dl>
        <Fact term={t('card.code')} value={facts.code} />
        {/* the English interface has the English name in the heading already */}
        {lang !== 'en' && <Fact term={t('card.english')} value={facts.english} />}
        <Fact term={t('card.mentions')} value={t('value.mentions', { count: mentions })} />
        {more && (
          <>
            <Fact term={t('card.pinyin')} value={facts.pinyin} />
            <Fact term={t('card.children')} value={children.map((level) => `${t(`level.${level}`)} ${count(facts.children[level]!)}`).join(' · ')} />
            <Fact term={t('card.coordinates')} value={facts.coordinates && t('card.coordinatesValue', { lon: facts.coordinates[0].toFixed(2), lat: facts.coordinates[1].toFixed(2) })} />
            <Fact term={t('card.telephoneCode')} value={facts.telephoneCode} />
          </>
        )}
      </dl>
      {more ? (
        <div class="sources">
          {t('card.source')} · {t('card.vintage')}
          <ul>
            {facts.sources.map((source) => (
              <li key={source.id}>
                {source.package} {source.version} · {source.vintage}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p class="note">
          <button type="button" aria-expanded="false" onClick={() => setMore(true)}>
            {t('card.more')}
          </button>
        </p>
      )}
    </>
  );
}

// A place the engine could not settle on one unit: its candidates, each opening its own card.
function Unlinked({ place, lookup, onOpenPlace }: { place: Place; lookup: Lookup; onOpenPlace(code: string): void }) {
  const { t } = useT();
  const candidates = place.candidates ?? [];
  const facts = usePlaceFacts(candidates.slice(0, CANDIDATES_SHOWN), lookup);
  if (candidates.length === 0) {
    // a named site of one province says where it is (安徽省 › 檀干园)
    return (
      <>
        {place.path && <p class="path">{place.path.join(' › ')}</p>}
        <p class="note">{t(CHINESE_LEVELS.has(place.level) ? 'card.notListed' : 'card.notUnit')}</p>
      </>
    );
  }
  return (
    <>
      <p class="note">{t('card.unlinked')}</p>
      <dl>
        <dt>{t('card.candidates')}</dt>
        <dd>
          {candidates.length}:{' '}
          {candidates.slice(0, CANDIDATES_SHOWN).map((code, i) => (
            <Fragment key={code}>
              {i > 0 && ' · '}
              <button type="button" onClick={() => onOpenPlace(code)}>
                {facts[i] ? facts[i]!.path.map((unit) => unit.name).join('') : code}
              </button>
            </Fragment>
          ))}
        </dd>
      </dl>
    </>
  );
}

export function PlaceView({ place, code = place?.code, lookup, mentions, linked, onOpenPlace, onBack, onClose }: PlaceViewProps) {
  const { lang, t } = useT();
  const [facts] = usePlaceFacts(code ? [code] : [], lookup);
  const level = facts?.level ?? place?.level;
  const top = <CardTop kind={level ? t(`level.${level}`) : ''} onBack={onBack} onClose={onClose} />;
  const name = facts?.name ?? place?.name ?? code;
  let body;
  if (!code && place) {
    body = <Unlinked place={place} lookup={lookup} onOpenPlace={onOpenPlace} />;
  } else if (facts) {
    body = (
      <>
        <Path facts={facts} onOpenPlace={onOpenPlace} />
        <UnitFacts facts={facts} mentions={mentions(facts.code)} />
        <LinkedFacts code={facts.code} linked={linked} />
      </>
    );
  } else if (facts === undefined) {
    body = <p class="note">{t('card.loading')}</p>;
  } else {
    // A code the gazetteer does not hold: what the annotation itself says.
    body = (
      <>
        {place?.path && <p class="path">{place.path.join(' › ')}</p>}
        <dl>
          <dt>{t('card.code')}</dt>
          <dd>{code}</dd>
          <dt>{t('card.mentions')}</dt>
          <dd>{t('value.mentions', { count: mentions(code!) })}</dd>
        </dl>
        <p class="note">{t('card.noEntry')}</p>
      </>
    );
  }
  return (
    <>
      {top}
      <h2>
        {name}
        {lang === 'en' && facts?.english && <span class="alt"> {facts.english}</span>}
      </h2>
      {body}
    </>
  );
}
