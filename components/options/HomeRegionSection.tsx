// The reader's home region: typed as a place name (Chinese or English) and picked from the
// gazetteer's matches, or as a division code, checked for its form here and for its existence by
// the background's gazetteer; shown by name once it is known. What is stored is the code.
import { useEffect, useRef, useState } from 'preact/hooks';
import { parseDivisionCode } from '../../lib/division-code';
import type { PlaceFacts } from '../../lib/gazetteer/types';
import { useT } from '../i18n';
import type { OptionsApi } from './options-api';
import type { SaveChange } from './Options';
import { TextInput } from './TextInput';

interface Props {
  homeRegion: string;
  save: SaveChange;
  onInvalid(): void;
  lookup: OptionsApi['lookup'];
  search: OptionsApi['search'];
}

/** What the field says under it. */
type Note =
  | { kind: 'fromSite' }
  | { kind: 'checking'; code: string }
  | { kind: 'resolved'; facts: PlaceFacts }
  | { kind: 'unchecked' }
  | { kind: 'invalid'; input: string }
  | { kind: 'unknown'; code: string }
  | { kind: 'choose' }
  | { kind: 'noMatch'; input: string };

/** Typed text that is meant as a code rather than a name: digits and spaces only. */
const looksLikeCode = (input: string): boolean => /^[\d\s]*$/.test(input);

const lookupOrUndefined = (lookup: OptionsApi['lookup'], code: string): Promise<PlaceFacts | null | undefined> =>
  lookup(code).catch(() => undefined);

export function HomeRegionSection({ homeRegion, save, onInvalid, lookup, search }: Props) {
  const { t, lang } = useT();
  const [draft, setDraft] = useState(homeRegion);
  const [note, setNote] = useState<Note>({ kind: 'fromSite' });
  const [matches, setMatches] = useState<PlaceFacts[]>([]);
  // Searches answer in any order too: only the answer to the latest text is shown.
  const typed = useRef('');
  const findMatches = async (input: string): Promise<PlaceFacts[]> => {
    typed.current = input;
    const found = looksLikeCode(input) ? [] : await search(input).catch(() => []);
    if (typed.current === input) setMatches(found);
    return found;
  };
  const onDraft = (input: string) => {
    setDraft(input);
    void findMatches(input);
  };
  const pick = async (facts: PlaceFacts) => {
    ask()({ kind: 'resolved', facts });
    typed.current = '';
    setMatches([]);
    setDraft(facts.code);
    await save((s) => ({ ...s, homeRegion: facts.code }));
  };
  // Lookups answer in any order: only the latest question may set the note.
  const latest = useRef(0);
  const ask = () => {
    const ticket = ++latest.current;
    return (next: Note) => ticket === latest.current && setNote(next);
  };

  // The stored code's name, when the page opens or another page changes it.
  useEffect(() => {
    setDraft(homeRegion);
    const answer = ask();
    if (homeRegion) lookupOrUndefined(lookup, homeRegion).then((facts) => answer(facts ? { kind: 'resolved', facts } : { kind: 'unchecked' }));
    else answer({ kind: 'fromSite' });
  }, [homeRegion]);

  const commit = async (input: string) => {
    const answer = ask();
    if (!input.trim()) {
      answer({ kind: 'fromSite' });
      return save((s) => ({ ...s, homeRegion: '' }));
    }
    if (!looksLikeCode(input)) {
      // a name: its only match, or the only one with that whole name; else the reader picks from the list
      const answer = ask();
      const found = await findMatches(input.trim());
      const whole = found.filter((f) => f.name === input.trim() || f.english?.toLowerCase() === input.trim().toLowerCase());
      const chosen = found.length === 1 ? found[0] : whole.length === 1 ? whole[0] : undefined;
      if (chosen) return pick(chosen);
      if (found.length === 0) onInvalid();
      return answer(found.length === 0 ? { kind: 'noMatch', input } : { kind: 'choose' });
    }
    const code = parseDivisionCode(input);
    if (!code) {
      onInvalid();
      return answer({ kind: 'invalid', input });
    }
    answer({ kind: 'checking', code });
    const facts = await lookupOrUndefined(lookup, code);
    if (facts === null) {
      onInvalid();
      return answer({ kind: 'unknown', code });
    }
    // Unknown only when the background could not answer: the code's form is right, so keep it.
    answer(facts ? { kind: 'resolved', facts } : { kind: 'unchecked' });
    await save((s) => ({ ...s, homeRegion: code }));
  };

  const error = note.kind === 'invalid' || note.kind === 'unknown' || note.kind === 'noMatch';
  return (
    <section aria-labelledby="home-heading">
      <h2 id="home-heading">{t('options.homeRegion')}</h2>
      <p id="home-help" class="help">
        {t('options.homeRegionHelp')}
      </p>
      <label for="home-region">{t('options.homeRegionLabel')}</label>
      <TextInput id="home-region" inputMode="text" value={draft} invalid={error} describedBy="home-help home-note" onDraft={onDraft} onCommit={commit} />
      {matches.length > 0 && (
        <ul class="matches" aria-label={t('options.homeRegionMatches')} data-testid="home-matches">
          {matches.map((facts) => (
            <li key={facts.code}>
              <button type="button" class="link" onClick={() => void pick(facts)}>
                <RegionName facts={facts} english={lang === 'en'} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <p id="home-note" class={error ? 'error' : 'help'} role={error ? 'alert' : undefined} data-testid="home-note">
        {note.kind === 'fromSite' && t('options.homeRegionFromSite')}
        {note.kind === 'checking' && t('options.homeRegionChecking', { code: note.code })}
        {note.kind === 'resolved' && <RegionName facts={note.facts} english={lang === 'en'} />}
        {note.kind === 'unchecked' && t('options.homeRegionUnchecked')}
        {note.kind === 'invalid' && t('options.homeRegionInvalid', { input: note.input })}
        {note.kind === 'unknown' && t('options.homeRegionUnknown', { code: note.code })}
        {note.kind === 'choose' && t('options.homeRegionChoose')}
        {note.kind === 'noMatch' && t('options.homeRegionNoMatch', { input: note.input })}
      </p>
    </section>
  );
}

function RegionName({ facts, english }: { facts: PlaceFacts; english: boolean }) {
  return (
    <span class="region-name" lang="zh-CN">
      {facts.path.map((unit) => unit.name).join(' › ')}
      {english && facts.english && <span lang="en"> ({facts.english})</span>}
    </span>
  );
}
