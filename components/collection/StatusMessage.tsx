// What the last action did, read out by screen readers: an import's count or its problems (where
// in the file and what), an export's file, a deletion with its undo, an error.
import type { ImportProblem } from '../../lib/export/jsonld-import';
import { useT } from '../i18n';

export interface Status {
  kind: 'done' | 'error';
  text: string;
  problems?: ImportProblem[];
  undo?: () => void;
}

export function StatusMessage({ status }: { status?: Status }) {
  const { t } = useT();
  return (
    <div class="status-message" role="status" aria-live="polite" data-testid="status">
      {status && (
        <div class={status.kind}>
          <p>
            {status.text}
            {status.undo && (
              <button type="button" class="link" onClick={status.undo}>
                {t('list.undo')}
              </button>
            )}
          </p>
          {status.problems && (
            <ul class="problems">
              {status.problems.map((p, k) => (
                <li key={k}>
                  <code>{p.where}</code> {p.what}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
