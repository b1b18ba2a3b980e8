// A place's card: the unit the place was linked to, with the facts the gazetteer holds (path,
// code, English name, pinyin, coordinates, telephone code, child units, their sources) and how
// often the page mentions it; or, for a place not linked to one unit, why not.
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

function UnitFacts({ facts, mentions }: { facts: PlaceFacts; mentions: number }) {
  const { lang, t } = useT();
  const children = CHILD_LEVELS.filter((level) => facts.children[level]);
  return (
    <>
      <dl>
        <dt>{t('card.code')}</dt>
        <dd>{facts.code}</dd>
        {facts.english && (
          <>
            <dt>{t('card.english')}</dt>
            <dd>{facts.english}</dd>
          </>
        )}
        {facts.pinyin && (
          <>
            <dt>{t('card.pinyin')}</dt>
            <dd>{facts.pinyin}</dd>
          </>
        )}
        {children.length > 0 && (
          <>
            <dt>{t('card.children')}</dt>
            <dd>{children.map((level) => `${t(`level.${level}`)} ${facts.children[level]!.toLocaleString(languageTag(lang))}`).join(' · ')}</dd>
          </>
        )}
        {facts.coordinates && (
          <>
            <dt>{t('card.coordinates')}</dt>
            <dd>{t('card.coordinatesValue', { lon: facts.coordinates[0].toFixed(2), lat: facts.coordinates[1].toFixed(2) })}</dd>
          </>
        )}
        {facts.telephoneCode && (
          <>
            <dt>{t('card.telephoneCode')}</dt>
            <dd>{facts.telephoneCode}</dd>
          </>
        )}
        <dt>{t('card.mentions')}</dt>
        <dd>{t('value.mentions', { count: mentions })}</dd>
      </dl>
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
    </>
  );
}

// A place the engine could not settle on one unit: its candidates, each opening its own card.
function Unlinked({ place, lookup, onOpenPlace }: { place: Place; lookup: Lookup; onOpenPlace(code: string): void }) {
  const { t } = useT();
  const candidates = place.candidates ?? [];
  const facts = usePlaceFacts(candidates.slice(0, CANDIDATES_SHOWN), lookup);
  if (candidates.length === 0) return <p class="note">{t('card.notUnit')}</p>;
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
  const { t } = useT();
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
      <h2>{name}</h2>
      {body}
    </>
  );
}
