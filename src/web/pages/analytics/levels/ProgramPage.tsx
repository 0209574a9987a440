import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Col, Descriptions, Result, Row, Space, Spin } from 'antd';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { useT, type MsgKey } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { AsOf } from '../facts/AsOf';
import { levelsApi, levelsKey } from './api';
import { BehaviourCard } from './BehaviourCard';
import { LearningCard, ReactionCard } from './LearningCards';
import { ResultsCard } from './ResultsCard';

// One program's four levels (issue 22 item 3): reaction, learning (with the pre/post pairs),
// behaviour against the center, results as a difference in differences.

export default function ProgramPage() {
  const t = useT();
  const { id = '' } = useParams();
  const levels = useApiQuery(levelsKey('program', id), () => levelsApi.program(id), { quiet: true });
  if (levels.error?.status === 404) return <Result status="404" title={levels.error.message} />;
  const d = levels.data;
  return (
    <div data-testid="analytics-program-levels">
      <PageHeader
        title={d?.program.title ?? t('analytics.levels.title')}
        extra={
          <Space wrap>
            <AsOf />
            <Link to="/analytics/levels">
              <Button icon={<ArrowLeftOutlined />}>{t('analytics.levels.back')}</Button>
            </Link>
          </Space>
        }
      />
      {!d ? (
        <Spin />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }}>
            <Descriptions.Item label={t('analytics.levels.columns.audience')}>
              {t(`analytics.levels.audience.${d.program.audience}` as MsgKey)}
            </Descriptions.Item>
            <Descriptions.Item label={t('analytics.levels.columns.dates')}>
              {`${d.program.startDate} ~ ${d.program.endDate}`}
            </Descriptions.Item>
            <Descriptions.Item label={t('analytics.levels.columns.people')}>{d.program.people}</Descriptions.Item>
          </Descriptions>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <ReactionCard l1={d.l1} />
            </Col>
            <Col xs={24} lg={12}>
              <LearningCard programId={id} l2={d.l2} />
            </Col>
            <Col xs={24} lg={12}>
              <BehaviourCard l3={d.l3} />
            </Col>
            <Col xs={24} lg={12}>
              <ResultsCard l4={d.l4} />
            </Col>
          </Row>
        </Space>
      )}
    </div>
  );
}
