import { Tag } from 'antd';
import { useT } from '../../../i18n';
import type { ImportState } from '../interactionsApi';

const COLOR: Record<ImportState, string> = {
  queued: 'default',
  running: 'processing',
  done: 'success',
  failed: 'error',
};

export function StateTag({ state }: { state: ImportState }) {
  const t = useT();
  return (
    <Tag color={COLOR[state]} data-testid="import-state" data-state={state}>
      {t(`interactions.states.${state}`)}
    </Tag>
  );
}
