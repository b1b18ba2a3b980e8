// Export of the whole collection or of the results shown, in each format renderExport writes, and
// import of a JSON-LD file of Web Annotations.
import { useState } from 'preact/hooks';
import { EXPORT_FORMATS, type ExportFormat } from '../../lib/export/render';
import { useT } from '../i18n';

export type ExportScope = 'all' | 'view';

interface Props {
  total: number;
  shown: number;
  onExport(format: ExportFormat, scope: ExportScope): void;
  onImport(file: File): void;
}

export function ExportImport({ total, shown, onExport, onImport }: Props) {
  const { t } = useT();
  const [scope, setScope] = useState<ExportScope>('all');
  return (
    <>
      <section class="export" aria-labelledby="export-heading">
        <h2 id="export-heading">{t('export.heading')}</h2>
        <fieldset>
          <legend>{t('export.scope')}</legend>
          {(['all', 'view'] as const).map((s) => (
            <label key={s} class="choice">
              <input type="radio" name="export-scope" value={s} checked={scope === s} onChange={() => setScope(s)} />
              {t(s === 'all' ? 'export.all' : 'export.view', { count: s === 'all' ? total : shown })}
            </label>
          ))}
        </fieldset>
        <div class="actions">
          {EXPORT_FORMATS.map((format) => (
            <button key={format} type="button" data-format={format} aria-label={t('export.as', { format: t(`export.${format}` as const) })} onClick={() => onExport(format, scope)}>
              {t(`export.${format}` as const)}
            </button>
          ))}
        </div>
      </section>
      <section class="import" aria-labelledby="import-heading">
        <h2 id="import-heading">{t('import.heading')}</h2>
        <label class="field" for="import-file">
          <span>{t('import.choose')}</span>
          <input
            id="import-file"
            type="file"
            accept=".jsonld,.json,application/ld+json,application/json"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              // Cleared, so choosing the same file again (after fixing it) imports it again.
              input.value = '';
              if (file) onImport(file);
            }}
          />
        </label>
      </section>
    </>
  );
}
