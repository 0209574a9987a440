import { Button, Card, Col, Descriptions, List, Row, Space, Typography, Checkbox } from 'antd';
import { Link } from 'react-router';
import { useCan } from '../../../access';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { AppealsCard } from './AppealsCard';
import type { CaseDetail } from './casesApi';
import { EvidenceCard } from './EvidenceCard';
import { CaseStatusTag, NoticeText } from './labels';
import { NextStepCard } from './NextStepCard';
import { TimelineCard } from './TimelineCard';

/** One case: who and why, the next step (only that one is actionable), appeals, evidence, checklist and the timeline. */
export function CaseView({ c, onChange }: { c: CaseDetail; onChange: () => void }) {
  const t = useT();
  const can = useCan();
  const checklistDone = c.decision === 'eliminate' && c.nextStep !== 'offboarding';
  return (
    <div data-testid="case-page" data-case-id={c.id} data-status={c.status}>
      <div className="sw-toolbar">
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="case-title">
          {t('elimination.title')} · {c.employee.name}
        </Typography.Title>
        <Typography.Text type="secondary" className="sw-mono">
          {c.employee.employeeNo}
        </Typography.Text>
        <CaseStatusTag status={c.status} />
        <span className="sw-toolbar-spacer" />
        {can('training.read') && (
          <Link to={`/training/records/${c.employee.id}`}>
            <Button data-testid="case-record">{t('elimination.record')}</Button>
          </Link>
        )}
      </div>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'c', label: t('elimination.fields.criterion'), children: t(`elimination.criteria.${c.criterion}`) },
          {
            key: 'team',
            label: t('elimination.fields.person'),
            children: `${c.employee.name} · ${c.employee.teamName}`,
          },
          { key: 'o', label: t('elimination.fields.openedAt'), children: localTime(c.openedAt) },
          ...(c.notice
            ? [{ key: 'n', label: t('elimination.fields.notice'), children: <NoticeText notice={c.notice} /> }]
            : []),
        ]}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Space direction="vertical" size={16} style={{ display: 'flex' }}>
            <NextStepCard c={c} onChange={onChange} />
            <AppealsCard c={c} onChange={onChange} />
            {checklistDone && (
              <Card title={t('elimination.offboarding.title')} data-testid="case-checklist">
                <List
                  dataSource={c.offboarding}
                  renderItem={(o) => (
                    <List.Item data-testid="offboarding-item" data-item={o.item} data-done={o.done}>
                      <Space>
                        <Checkbox checked={o.done} disabled />
                        {t(`elimination.offboarding.items.${o.item}`)}
                      </Space>
                      {o.by && (
                        <Typography.Text type="secondary">
                          {t('elimination.offboarding.doneBy', { name: o.by.name, time: localTime(o.at) })}
                        </Typography.Text>
                      )}
                    </List.Item>
                  )}
                />
              </Card>
            )}
            <EvidenceCard c={c} onChange={onChange} />
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <TimelineCard c={c} />
        </Col>
      </Row>
    </div>
  );
}
