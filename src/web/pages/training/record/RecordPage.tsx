import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { ArrowLeftOutlined, FileExcelOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Space, Statistic, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ATTENDED } from '../../../../common/training';
import { useCan } from '../../../access';
import { ForbiddenResult, LoadFailedResult, NotFoundResult, PageSpin } from '../../../components/Results';
import { StatusTag } from '../../../components/Tags';
import { localTime } from '../../../format';
import { useI18n } from '../../../i18n';
import type { EmployeeStatus } from '../../../types';
import { trainingApi } from '../shared/trainingApi';
import '../training.css';
import { CertificateModal } from './CertificateModal';
import { CertificatesTable, MentoringTable, PlansTable, ScoresTable, SessionsTable } from './RecordTables';

/** 培训档案: every plan, session, attendance, score, certificate and mentoring phase of a person. */
export default function RecordPage() {
  const { t, locale } = useI18n();
  const can = useCan();
  const { employeeId = 'me' } = useParams();
  const {
    data: r,
    error,
    reload,
  } = useApiQuery(keys.training('records', 'get', employeeId), () => trainingApi.records.get(employeeId), {
    quiet: true,
  });
  const [adding, setAdding] = useState(false);

  if (error?.status === 403) return <ForbiddenResult title={t('training.record.forbidden')} />;
  if (error?.status === 404) return <NotFoundResult title={t('training.record.notFound')} />;
  if (error) return <LoadFailedResult onRetry={reload} />;
  if (!r) return <PageSpin />;

  const e = r.employee;
  const a = r.attendance;
  const attended = r.sessions.filter((s) => s.attendance && ATTENDED.includes(s.attendance)).length;
  const hours = r.mentoring.reduce((sum, m) => sum + m.hours, 0);
  const section = (title: string, key: string, body: ReactNode, extra?: ReactNode) => (
    <Col span={24}>
      <Card title={title} extra={extra} data-testid={`record-section-${key}`}>
        {body}
      </Card>
    </Col>
  );

  return (
    <div className="tr-record" data-testid="record-page" data-employee-id={e.id}>
      <div className="tr-no-print">
        <Link to={`/people/${e.id}`}>
          <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
            {e.name}
          </Button>
        </Link>
      </div>
      <div className="sw-toolbar">
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="record-title">
          {t('training.record.title')} · {e.name}
        </Typography.Title>
        <Typography.Text type="secondary" className="sw-mono">
          {e.employeeNo}
        </Typography.Text>
        <StatusTag status={e.status as EmployeeStatus} />
        <span className="sw-toolbar-spacer" />
        <Space wrap className="tr-no-print">
          <Button
            icon={<FileExcelOutlined />}
            href={trainingApi.records.exportUrl(e.id, locale)}
            download
            data-testid="record-export"
          >
            {t('training.record.export')}
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="record-print">
            {t('training.record.print')}
          </Button>
        </Space>
      </div>
      <Typography.Paragraph type="secondary" data-testid="record-meta">
        {e.departmentName} / {e.teamName} · {t('people.fields.hireDate')} {e.hireDate} ·{' '}
        {t('training.record.period', { from: a.from, to: a.to })} ·{' '}
        {t('training.record.generatedAt', { time: localTime(r.generatedAt) })}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('training.record.sessions')} value={attended} suffix={`/ ${r.sessions.length}`} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card data-testid="record-attendance-score" data-score={a.score ?? ''}>
            <Statistic
              title={t('training.record.attendanceScore')}
              value={a.score ?? t('common.none')}
              suffix={`/ ${a.points}`}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {a.counted
                ? t('training.record.attendanceBreakdown', { ...a.breakdown })
                : t('training.record.noAttendance')}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic
              title={t('training.record.materials')}
              value={r.materials.completed}
              suffix={`/ ${r.materials.required}`}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('training.record.mentoring')} value={hours} suffix="h" />
          </Card>
        </Col>
        {section(t('training.record.plans'), 'plans', <PlansTable rows={r.plans} />)}
        {section(t('training.record.sessions'), 'sessions', <SessionsTable rows={r.sessions} />)}
        {section(t('training.record.scores'), 'scores', <ScoresTable rows={r.scores} />)}
        {section(
          t('training.record.certificates'),
          'certificates',
          <CertificatesTable rows={r.certificates} />,
          can('training.manage') && (
            <Button size="small" icon={<PlusOutlined />} className="tr-no-print" onClick={() => setAdding(true)}>
              {t('training.record.addCertificate')}
            </Button>
          ),
        )}
        {section(t('training.record.mentoring'), 'mentoring', <MentoringTable rows={r.mentoring} />)}
      </Row>
      {adding && (
        <CertificateModal
          employeeId={e.id}
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            reload();
          }}
        />
      )}
    </div>
  );
}
