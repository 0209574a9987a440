import { Tabs, Typography } from 'antd';
import { useCan } from '../../../access';
import { PageHeader } from '../../../components/PageHeader';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { levelsApi, levelsKey } from './api';
import { GradesTab } from './GradesTab';
import { TrainersTab } from './TrainersTab';

/** 讲师等级 (SPEC §11): trainers with their standing, the ready-for-promotion list, the grades. */
export default function LevelsPage() {
  const t = useT();
  const manage = useCan()('careers.levels.manage');
  const { data: rows } = useApiQuery(levelsKey('trainers', false), () => levelsApi.trainers(false));
  const w = rows?.[0]?.criteria[0];
  return (
    <>
      <PageHeader title={t('careers.levels.title')} />
      {w && (
        <Typography.Paragraph type="secondary" data-testid="levels-window">
          {t('careers.levels.window', { months: rows![0].windowMonths, from: w.from, to: w.to })}
        </Typography.Paragraph>
      )}
      <Tabs
        items={[
          { key: 'trainers', label: t('careers.levels.tabs.trainers'), children: <TrainersTab readyOnly={false} /> },
          ...(manage
            ? [{ key: 'ready', label: t('careers.levels.tabs.ready'), children: <TrainersTab readyOnly /> }]
            : []),
          { key: 'grades', label: t('careers.levels.tabs.grades'), children: <GradesTab /> },
        ]}
      />
    </>
  );
}
