// The highlight colours: figures, and places by level. A colour picker reports every movement,
// so a colour is saved once it has stayed put for a moment; the swatch follows at once.
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, SHADED_LEVELS, type Settings } from '../../lib/settings';
import { useT } from '../i18n';
import type { SaveChange } from './Options';

type Colours = Settings['colours'];

interface Props {
  colours: Colours;
  save: SaveChange;
  delayMs: number;
}

export function ColoursSection({ colours, save, delayMs }: Props) {
  const { t } = useT();
  const [draft, setDraft] = useState(colours);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const stored = JSON.stringify(colours);

  // Colours changed elsewhere (the other fields' saves store them again) replace the draft unless
  // the reader is still picking.
  useEffect(() => {
    if (timer.current === undefined) setDraft(colours);
  }, [stored]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const pick = (next: Colours) => {
    setDraft(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      save((s) => ({ ...s, colours: next }));
    }, delayMs);
  };

  const fields: Array<{ id: string; label: string; value: string; set(value: string): Colours }> = [
    { id: 'colour-figure', label: t('options.colourFigure'), value: draft.figure, set: (figure) => ({ ...draft, figure }) },
    ...SHADED_LEVELS.map((level) => ({
      id: `colour-${level}`,
      label: t(`level.${level}` as const),
      value: draft.place[level],
      set: (value: string) => ({ ...draft, place: { ...draft.place, [level]: value } }),
    })),
  ];

  return (
    <fieldset>
      <legend>{t('options.colours')}</legend>
      <div class="colours">
        {fields.map((field) => (
          <div key={field.id} class="colour">
            <input id={field.id} type="color" value={field.value} onInput={(event) => pick(field.set(event.currentTarget.value))} />
            <label for={field.id}>
              <span class="swatch-text" style={{ backgroundColor: field.value }}>
                {field.label}
              </span>
            </label>
          </div>
        ))}
      </div>
      <button
        type="button"
        onClick={() => {
          clearTimeout(timer.current);
          timer.current = undefined;
          save((s) => ({ ...s, colours: DEFAULT_SETTINGS.colours }));
        }}
      >
        {t('options.colourReset')}
      </button>
    </fieldset>
  );
}
