import { Card, Descriptions } from 'antd';
import { PageHeader } from '../../../components/PageHeader';
import { translateMaybe, useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { ChangeEvents } from './ChangeEvents';
import { DrawPanel } from './DrawPanel';
import { samplingApi } from './samplingApi';

/** 抽样计划 (QA lead): the rules in force, change events, and the weekly draw with its results. */
export default function SamplingPage() {
  const t = useT();
  const settings: Record<string, number> =
    useApiQuery(keys.quality('sampling', 'settings'), () => samplingApi.settings()).data ?? {};
  return (
    <>
      <PageHeader title={t('quality.sampling.menu.sampling')} />
      <Card size="small" title={t('quality.sampling.settings.title')} style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={3} data-testid="sampling-settings">
          {Object.entries(settings).map(([key, value]) => (
            <Descriptions.Item
              key={key}
              label={translateMaybe(`quality.sampling.settings.${key.split('.').slice(1).join('_')}`) ?? key}
            >
              {value}
            </Descriptions.Item>
          ))}
        </Descriptions>
      </Card>
      <Card size="small" style={{ marginBottom: 16 }}>
        <ChangeEvents
          defaults={{
            days: settings['quality.sampling.changeEventDays'],
            percent: settings['quality.sampling.changeEventPercent'],
          }}
        />
      </Card>
      <Card size="small">
        <DrawPanel />
      </Card>
    </>
  );
}
