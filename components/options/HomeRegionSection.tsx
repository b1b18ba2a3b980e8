// The reader's home region as a division code: checked for its form here and for its existence
// by the background's gazetteer, and shown by name once it is known.
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
}

/** What the field says under it. */
type Note =
  | { kind: 'fromSite' }
  | { kind: 'checking'; code: string }
  | { kind: 'resolved'; facts: PlaceFacts }
  | { kind: 'unchecked' }
  | { kind: 'invalid'; input: string }
  | { kind: 'unknown'; code: string };

const lookupOrUndefined = (lookup: OptionsApi['lookup'], code: string): Promise<PlaceFacts | null | undefined> =>
  lookup(code).catch(() => undefined);

export function HomeRegionSection({ homeRegion, save, onInvalid, lookup }: Props) {
  const { t, lang } = useT();
  const [draft, setDraft] = useState(homeRegion);
  const [note, setNote] = useState<Note>({ kind: 'fromSite' });
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

  const error = note.kind === 'invalid' || note.kind === 'unknown';
  return (
    <section aria-labelledby="home-heading">
      <h2 id="home-heading">{t('options.homeRegion')}</h2>
      <p id="home-help" class="help">
        {t('options.homeRegionHelp')}
      </p>
      <label for="home-region">{t('options.homeRegionLabel')}</label>
      <TextInput id="home-region" inputMode="numeric" value={draft} invalid={error} describedBy="home-help home-note" onDraft={setDraft} onCommit={commit} />
      <p id="home-note" class={error ? 'error' : 'help'} role={error ? 'alert' : undefined} data-testid="home-note">
        {note.kind === 'fromSite' && t('options.homeRegionFromSite')}
        {note.kind === 'checking' && t('options.homeRegionChecking', { code: note.code })}
        {note.kind === 'resolved' && <RegionName facts={note.facts} english={lang === 'en'} />}
        {note.kind === 'unchecked' && t('options.homeRegionUnchecked')}
        {note.kind === 'invalid' && t('options.homeRegionInvalid', { input: note.input })}
        {note.kind === 'unknown' && t('options.homeRegionUnknown', { code: note.code })}
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
