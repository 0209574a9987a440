import { Card, Col, Row } from 'antd';
import { PageHeader } from '../../../components/PageHeader';
import { PageSpin } from '../../../components/Results';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { pathApi, pathKey } from './api';
import { PathPerson, PathSteps } from './PathCard';
import { RecordTimeline } from './RecordTimeline';

/** 我的发展: my next steps with where I stand on each criterion, and my career record; phone width. */
export default function PathPage() {
  const t = useT();
  const { data, loading } = useApiQuery(pathKey('me'), pathApi.me);
  if (!data) return loading ? <PageSpin /> : null;
  return (
    <>
      <PageHeader title={t('careers.path.title')} />
      <PathPerson person={data.person} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <PathSteps view={data} mine />
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('careers.path.record.title')}>
            <RecordTimeline record={data.record} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
