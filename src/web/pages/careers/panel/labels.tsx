import { Tag } from 'antd';
import type { SheetItem } from '../../../../common/careers-panel';
import { translateMaybe, useT } from '../../../i18n';

// Shared bits of the panel pages: a sheet item's name (the default sheet's in the reader's
// language, HR's own as written), a score that may be missing, an outcome tag.

export const itemLabel = (item: SheetItem, isDefault: boolean) =>
  (isDefault ? translateMaybe(`careers.panel.items.${item.key}`) : undefined) ?? item.label;

export function Score({ value }: { value: number | null | undefined }) {
  const t = useT();
  return <>{value === null || value === undefined ? t('careers.panel.results.none') : value.toFixed(2)}</>;
}

export function OutcomeTag({ outcome }: { outcome: 'chosen' | 'not_chosen' | null }) {
  const t = useT();
  if (!outcome) return null;
  return (
    <Tag color={outcome === 'chosen' ? 'green' : undefined} data-testid={`outcome-${outcome}`}>
      {t(`careers.panel.outcome.${outcome}`)}
    </Tag>
  );
}
