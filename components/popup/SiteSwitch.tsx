// The popup's "annotate this site" switch: a checkbox that reads as a switch.
import { useT } from '../i18n';

interface Props {
  host: string;
  on: boolean;
  onChange(on: boolean): void;
}

export function SiteSwitch({ host, on, onChange }: Props) {
  const { t } = useT();
  return (
    <div class="site">
      <span class="host" data-testid="host">
        {host}
      </span>
      <label class="switch">
        <input type="checkbox" role="switch" checked={on} onChange={(event) => onChange(event.currentTarget.checked)} />
        {t('popup.siteSwitch')}
      </label>
    </div>
  );
}
