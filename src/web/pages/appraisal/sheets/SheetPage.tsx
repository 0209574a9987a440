import { ArrowLeftOutlined, CheckOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Input, Row, Space, Statistic, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ForbiddenResult, LoadFailedResult, NotFoundResult, PageSpin } from '../../../components/Results';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { useSession } from '../../../session';
import { appraisalApi, appraisalKey, type SheetFull, type SheetItemRow } from '../appraisalApi';
import { GradeTag, num, SheetStatusTag, StepTag } from '../labels';
import '../appraisal.css';
import { SheetAppeals } from './SheetAppeals';
import { SheetItemsTable } from './SheetItemsTable';
import { AppealModal, ManualItemModal } from './SheetModals';

const APPEAL_STEPS = new Set(['confirmation', 'appeal']);
/** An appeal still waiting for its decision: the server refuses a confirmation meanwhile. */
const UNDECIDED = new Set(['open', 'reviewed']);

/** 绩效考核表: one person's sheet of one cycle — every KPI with its value, rule, points, weight and
 *  evidence, the total and grade, what would raise it; the lead's entries at review, the agent's
 *  confirmation or appeal. Prints on A4. */
export default function SheetPage() {
  const t = useT();
  const sheetId = useParams().id!;
  const { me } = useSession();
  const {
    data: s,
    error,
    reload,
  } = useApiQuery(appraisalKey('sheet', sheetId), () => appraisalApi.sheet(sheetId), {
    quiet: true,
  });
  const appeals = useApiQuery(
    appraisalKey('appeals', { cycleId: s?.cycleId, employeeId: s?.employeeId }),
    () => appraisalApi.appeals({ cycleId: s!.cycleId, employeeId: s!.employeeId, pageSize: 200 }),
    { enabled: !!s },
  );
  const [entering, setEntering] = useState<SheetItemRow | null>(null);
  const [appealing, setAppealing] = useState<SheetItemRow | null>(null);

  if (error?.status === 404) return <NotFoundResult title={t('appraisal.sheet.notFound')} />;
  if (error?.status === 403) return <ForbiddenResult />;
  if (error) return <LoadFailedResult onRetry={reload} />;
  if (!s || s.id !== sheetId) return <PageSpin />;

  const mine = !!me?.employeeId && me.employeeId === s.employeeId;
  const sheetAppeals = (appeals.data?.data ?? []).filter((a) => a.sheetId === s.id);
  return (
    <div className="ap-sheet" data-testid="sheet-page" data-grade={s.grade ?? ''} data-total={s.total ?? ''}>
      <div className="sw-toolbar ap-no-print">
        <Link to={`/appraisal/cycles/${s.cycleId}`}>
          <Button icon={<ArrowLeftOutlined />}>{s.cycleName}</Button>
        </Link>
        <span className="sw-toolbar-spacer" />
        {s.allowed.confirm && (
          <ConfirmButton sheet={s} appealPending={sheetAppeals.some((a) => UNDECIDED.has(a.status))} />
        )}
        <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="sheet-print">
          {t('appraisal.sheet.print')}
        </Button>
      </div>
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="sheet-title">
        {t('appraisal.sheet.title')} · {s.employeeName}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Descriptions
            size="small"
            bordered
            column={2}
            items={[
              { key: 'p', label: t('appraisal.fields.person'), children: `${s.employeeName} · ${s.employeeNo}` },
              { key: 'team', label: t('appraisal.fields.team'), children: s.teamName },
              {
                key: 'pos',
                label: t('appraisal.fields.position'),
                children: t(`appraisal.positions.${s.positionType}`),
              },
              { key: 'c', label: t('appraisal.fields.cycle'), children: s.cycleName },
              { key: 'per', label: t('appraisal.fields.period'), children: `${s.periodStart} ~ ${s.periodEnd}` },
              {
                key: 'st',
                label: t('appraisal.fields.status'),
                children: (
                  <Space size={4}>
                    <StepTag step={s.cycleStatus} />
                    <SheetStatusTag status={s.status} />
                  </Space>
                ),
              },
              {
                key: 'conf',
                label: t('appraisal.fields.confirmed'),
                children: s.confirmedAt ? `${s.confirmedByName ?? ''} · ${localTime(s.confirmedAt)}` : '—',
              },
              {
                key: 'fz',
                label: t('appraisal.fields.frozenAt'),
                children: s.frozenAt ? localTime(s.frozenAt) : t('appraisal.sheet.followsData'),
              },
            ]}
          />
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" data-testid="sheet-score">
            <Space align="center" size="large">
              <Statistic title={t('appraisal.fields.total')} value={num(s.total)} />
              <div>
                <div className="ap-muted">{t('appraisal.fields.grade')}</div>
                <GradeTag grade={s.grade} large />
              </div>
            </Space>
            <div className="ap-muted" style={{ marginTop: 8 }}>
              {s.grades.map((g) => t('appraisal.sheet.band', { grade: g.grade, min: g.min })).join(' · ')}
            </div>
          </Card>
        </Col>
      </Row>
      <RaiseHint sheet={s} mine={mine} />
      <SheetItemsTable
        sheet={s}
        appeals={sheetAppeals}
        canEnter={s.allowed.review}
        canAppeal={mine && APPEAL_STEPS.has(s.cycleStatus)}
        onEnter={setEntering}
        onAppeal={setAppealing}
      />
      <LeadComment sheet={s} />
      {sheetAppeals.length > 0 && <SheetAppeals appeals={sheetAppeals} />}
      <div className="ap-print-only ap-signatures">
        <span>{t('appraisal.sheet.signAgent')}</span>
        <span>{t('appraisal.sheet.signLead')}</span>
        <span>{t('appraisal.sheet.signDate')}</span>
      </div>
      {entering && <ManualItemModal sheet={s} item={entering} onClose={() => setEntering(null)} />}
      {appealing && <AppealModal sheet={s} item={appealing} onClose={() => setAppealing(null)} />}
    </div>
  );
}

/** "What would raise my grade": the KPI with the most points to gain, and how far the next grade is. */
function RaiseHint({ sheet: s, mine }: { sheet: SheetFull; mine: boolean }) {
  const t = useT();
  const g = s.gainToNextGrade;
  if (!g) return null;
  const kpi = t(`appraisal.kpis.${g.code}`);
  return (
    <Alert
      type="info"
      showIcon
      style={{ margin: '16px 0' }}
      data-testid="sheet-raise"
      data-kpi={g.code}
      title={t(mine ? 'appraisal.sheet.raiseTitle' : 'appraisal.sheet.raiseTitleOther')}
      description={
        <>
          {t('appraisal.sheet.raiseKpi', { kpi, gain: num(g.gain) })}
          {g.nextGrade && g.pointsToNextGrade !== null
            ? ` ${t('appraisal.sheet.raiseNext', { grade: g.nextGrade, points: num(g.pointsToNextGrade) })}`
            : ` ${t('appraisal.sheet.raiseTop')}`}
        </>
      }
    />
  );
}

function ConfirmButton({ sheet: s, appealPending }: { sheet: SheetFull; appealPending: boolean }) {
  const t = useT();
  const confirm = useApiMutation(() => appraisalApi.confirm(s.id, s.version), { invalidates: [appraisalKey()] });
  const button = (
    <Button
      type="primary"
      icon={<CheckOutlined />}
      loading={confirm.isPending}
      disabled={appealPending}
      onClick={() => confirm.mutate(undefined)}
      data-testid="sheet-confirm"
    >
      {t('appraisal.sheet.confirm')}
    </Button>
  );
  if (!appealPending) return button;
  return (
    <>
      <Typography.Text type="secondary" data-testid="sheet-confirm-hint">
        {t('appraisal.sheet.confirmAfterAppeal')}
      </Typography.Text>
      <Tooltip title={t('appraisal.sheet.confirmAfterAppeal')}>
        <span>{button}</span>
      </Tooltip>
    </>
  );
}

/** The team lead's comment: read by everyone who sees the sheet, written at review. */
function LeadComment({ sheet: s }: { sheet: SheetFull }) {
  const t = useT();
  const [text, setText] = useState<string | null>(null);
  const save = useApiMutation((comment: string) => appraisalApi.comment(s.id, { comment, version: s.version }), {
    invalidates: [appraisalKey()],
    onSuccess: () => setText(null),
  });
  if (!s.allowed.review && !s.leadComment) return null;
  return (
    <Card size="small" title={t('appraisal.sheet.leadComment')} style={{ marginTop: 16 }} data-testid="sheet-comment">
      {s.leadComment && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
          {s.leadComment}
          {s.leadCommentByName && <span className="ap-muted"> — {s.leadCommentByName}</span>}
        </Typography.Paragraph>
      )}
      {s.allowed.review && (
        <Space.Compact style={{ width: '100%' }} className="ap-no-print">
          <Input.TextArea
            rows={2}
            maxLength={4000}
            value={text ?? s.leadComment ?? ''}
            onChange={(e) => setText(e.target.value)}
            data-testid="sheet-comment-input"
          />
          <Button
            type="primary"
            disabled={!text?.trim()}
            loading={save.isPending}
            onClick={() => save.mutate(text!.trim())}
            data-testid="sheet-comment-save"
          >
            {t('common.actions.save')}
          </Button>
        </Space.Compact>
      )}
    </Card>
  );
}
