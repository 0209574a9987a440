import { ReloadOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip, Typography } from 'antd';
import { useCan } from '../../../access';
import { localTime, testId } from '../../../format';
import { useT } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { analyticsKey, factsApi, factsKey } from './api';

/**
 * "数据截至 …" on every analytics page (issue 22): the figures come from rollups rebuilt hourly, so
 * the page says how fresh they are; who may (analytics.manage) rebuilds them now, and every
 * analytics read on screen is asked again.
 */
export function AsOf() {
  const t = useT();
  const can = useCan();
  const state = useApiQuery(factsKey('state'), factsApi.state);
  const refresh = useApiMutation(() => factsApi.refresh(), { invalidates: [analyticsKey()] });
  const asOf = state.data?.asOf;
  return (
    <Space size="small" wrap {...testId('analytics-as-of')}>
      <Typography.Text type="secondary">
        {asOf ? t('analytics.facts.asOf', { time: localTime(asOf) }) : t('analytics.facts.never')}
      </Typography.Text>
      {can('analytics.manage') && (
        <Tooltip title={t('analytics.facts.refreshHint')}>
          <Button
            size="small"
            icon={<ReloadOutlined />}
            loading={refresh.isPending}
            onClick={() => refresh.mutate(undefined)}
            {...testId('analytics.manage')}
          >
            {t('analytics.facts.refresh')}
          </Button>
        </Tooltip>
      )}
    </Space>
  );
}
