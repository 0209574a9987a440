import {
  ArrowLeftOutlined,
  EditOutlined,
  LineChartOutlined,
  SolutionOutlined,
  SwapOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { Button, Card, Col, Row, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useCan } from '../../access';
import { ApiError, api } from '../../api';
import { ForbiddenResult, LoadFailedResult, NotFoundResult, PageSpin } from '../../components/Results';
import { StatusTag } from '../../components/Tags';
import { useDepartments } from '../../components/useDepartments';
import { useT } from '../../i18n';
import { keys } from '../../query/keys';
import { useInvalidate } from '../../query/useApiMutation';
import { useApiQuery } from '../../query/useApiQuery';
import { PersonAppraisal } from '../appraisal/PersonAppraisal';
import { PersonDiscipline } from '../discipline/PersonDiscipline';
import { EmployeeFormModal } from '../people/EmployeeFormModal';
import { MoveTeamModal } from './MoveTeamModal';
import { PersonInfo } from './PersonInfo';
import { StatusHistory, TeamHistory } from './PersonHistory';
import { StatusChangeModal } from './StatusChangeModal';

type Dialog = 'edit' | 'status' | 'move' | null;

export default function PersonPage() {
  const t = useT();
  const can = useCan();
  const { id = '' } = useParams();
  const [dialog, setDialog] = useState<Dialog>(null);
  const { departments } = useDepartments();

  const {
    data: person,
    error: failure,
    reload: load,
  } = useApiQuery(keys.people('get', id), () => api.employees.get(id), { quiet: true });
  // A change to the person may change the lists, the org chart's headcounts and the home counts.
  const invalidate = useInvalidate();

  /** Someone else changed the person meanwhile: show the fresh version, keep the dialog's error. */
  const reloadOnConflict = useCallback(
    async <T,>(work: Promise<T>) => {
      try {
        return await work;
      } catch (err) {
        if (err instanceof ApiError && err.errorCode === 'VERSION_CONFLICT') void load();
        throw err;
      }
    },
    [load],
  );

  if (failure?.status === 403) return <ForbiddenResult title={t('people.person.forbidden')} />;
  if (failure?.status === 404) return <NotFoundResult title={t('people.person.notFound')} />;
  if (failure) return <LoadFailedResult onRetry={load} />;
  if (!person) return <PageSpin />;

  const saved = () => {
    void invalidate(keys.people(), keys.org());
  };
  const writable = can('people.write');

  return (
    <div data-testid="person-page" data-employee-id={person.id}>
      <Link to="/people">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('people.person.back')}
        </Button>
      </Link>
      <div className="sw-toolbar">
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="person-name">
          {person.name}
        </Typography.Title>
        <Typography.Text type="secondary" className="sw-mono">
          {person.employeeNo}
        </Typography.Text>
        <StatusTag status={person.status} />
        <span className="sw-toolbar-spacer" />
        {can('training.learn') && (
          <Link to={`/training/records/${person.id}`}>
            <Button icon={<SolutionOutlined />} data-testid="person-training-record">
              {t('training.common.record')}
            </Button>
          </Link>
        )}
        {can('interactions.read') && (
          <Link to={`/interactions/agents/${person.id}`}>
            <Button icon={<LineChartOutlined />} data-testid="person-kpis">
              {t('interactions.personLink')}
            </Button>
          </Link>
        )}
        {writable && (
          <Space wrap>
            <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="person-edit">
              {t('people.person.edit')}
            </Button>
            <Button icon={<SwapOutlined />} onClick={() => setDialog('move')} data-testid="person-move">
              {t('people.person.move')}
            </Button>
            <Button
              type="primary"
              icon={<SyncOutlined />}
              onClick={() => setDialog('status')}
              data-testid="person-change-status"
            >
              {t('people.person.changeStatus')}
            </Button>
          </Space>
        )}
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('people.person.info')}>
            <PersonInfo person={person} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('people.person.statusHistory')}>
            <StatusHistory items={person.statusHistory} />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('people.person.teamHistory')}>
            <TeamHistory items={person.teamHistory} />
          </Card>
        </Col>
        {can('discipline.read') && (
          <Col xs={24}>
            <PersonDiscipline employeeId={person.id} />
          </Col>
        )}
        {can('appraisal.read') && (
          <Col xs={24}>
            <PersonAppraisal employeeId={person.id} />
          </Col>
        )}
      </Row>
      {writable && (
        <>
          <EmployeeFormModal
            open={dialog === 'edit'}
            employee={person}
            departments={departments}
            onClose={() => setDialog(null)}
            onSaved={saved}
            guard={reloadOnConflict}
          />
          <StatusChangeModal
            open={dialog === 'status'}
            person={person}
            onClose={() => setDialog(null)}
            onSubmit={(body) => reloadOnConflict(api.employees.changeStatus(person.id, body)).then(saved)}
          />
          <MoveTeamModal
            open={dialog === 'move'}
            person={person}
            departments={departments}
            onClose={() => setDialog(null)}
            onSubmit={(body) => reloadOnConflict(api.employees.move(person.id, body)).then(saved)}
          />
        </>
      )}
    </div>
  );
}
