import { Alert, Button, type ButtonProps, Card, Input, InputNumber, Modal, Select, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import {
  CYCLE_KINDS,
  planContentProblems,
  type KpiCodeName,
  type ScoringRuleShape,
} from '../../../../common/appraisal-plans';
import { useCan } from '../../../access';
import { PageHeader } from '../../../components/PageHeader';
import { showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { useApiMutation, useInvalidate } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { GradesEditor } from './GradesEditor';
import { KpiSetsEditor } from './KpiSetsEditor';
import { planKey, plansApi, type Content, type PlanDetail } from './plansApi';
import { ProblemList } from './ProblemList';
import { ScopeEditor } from './ScopeEditor';
import { VersionHistory } from './VersionHistory';

/** 考核方案编辑: KPI sets per position type with a live total weight, teams in scope, grades and
 *  bonus coefficients, forced distribution; save the draft, publish it, version history. The
 *  plan's rules are checked live by the same function the server uses. */
export default function PlanEditorPage() {
  const t = useT();
  const can = useCan();
  const { id } = useParams();
  const readOnly = !can('appraisal.plans');
  const { data: plan } = useApiQuery(planKey('detail', id), () => plansApi.plan(id!));
  const defaults = useApiQuery(planKey('defaults'), () => plansApi.defaults(), { enabled: !readOnly, quiet: true });
  const [content, setContent] = useState<Content | null>(null);
  const [history, setHistory] = useState(false);
  // The editor starts from the server's draft (else the published version), and again after each
  // save or publish; a refetch with nothing new keeps the edits on screen.
  const [seeded, setSeeded] = useState<PlanDetail | null>(null);
  const base =
    plan && (plan.versions.find((v) => v.status === 'draft') ?? plan.versions.find((v) => v.status === 'published'));
  if (plan && plan !== seeded) {
    setSeeded(plan);
    setContent(structuredClone(base?.content ?? plan.versions[0].content));
  }
  const problems = useMemo(() => (content ? planContentProblems(content) : []), [content]);
  const defaultRules = useMemo(() => {
    const out: Partial<Record<KpiCodeName, ScoringRuleShape>> = {};
    for (const set of Object.values(defaults.data?.content.kpiSets ?? {}))
      for (const k of set ?? []) out[k.code] ??= k.rule;
    return out;
  }, [defaults.data]);

  const invalidate = useInvalidate();
  const changed = [planKey()];
  const dirty = !!content && !!base && JSON.stringify(content) !== JSON.stringify(base.content);
  const save = () => plansApi.saveDraft(id!, content!, plan!.revision);
  const draft = useApiMutation(save, {
    invalidates: changed,
    onSuccess: () => showSuccess(t('appraisalPlans.editor.saved')),
  });
  // Publishing saves the edits into the draft first, then publishes it: one step for the user.
  const publishing = useApiMutation(
    async () => {
      const saved = dirty || !plan!.draftVersion ? await save() : plan!;
      return plansApi.publish(id!, saved.revision);
    },
    {
      invalidates: changed,
      onSuccess: (p) => showSuccess(t('appraisalPlans.editor.published', { n: p.publishedVersion ?? 0 })),
    },
  );
  const busy = draft.isPending || publishing.isPending;
  const publish = () =>
    Modal.confirm({
      title: t('appraisalPlans.editor.publishConfirm'),
      content: t('appraisalPlans.editor.publishConfirmBody'),
      okText: t('appraisalPlans.editor.publish'),
      okButtonProps: { 'data-testid': 'plan-publish-confirm' } as ButtonProps,
      // A failed publish may still have saved the draft: show whichever step got through.
      onOk: () => publishing.mutateAsync(undefined).catch(() => invalidate(...changed)),
    });

  if (!plan || !content) return null;
  const patch = (p: Partial<Content>) => setContent({ ...content, ...p });
  const canPublish = !!plan.draftVersion || dirty;
  return (
    <>
      <PageHeader
        title={t('appraisalPlans.editor.title', { name: plan.name })}
        extra={
          <Space>
            <Tag color={plan.publishedVersion ? 'green' : 'default'} data-testid="plan-published">
              {plan.publishedVersion
                ? t('appraisalPlans.editor.publishedV', { n: plan.publishedVersion })
                : t('appraisalPlans.editor.unpublished')}
            </Tag>
            {plan.draftVersion && (
              <Tag color="gold" data-testid="plan-draft">
                {t('appraisalPlans.editor.draftV', { n: plan.draftVersion })}
              </Tag>
            )}
            <Button onClick={() => setHistory(true)} data-testid="plan-history">
              {t('appraisalPlans.editor.history')}
            </Button>
            {!readOnly && (
              <Button
                onClick={() => draft.mutate(undefined)}
                loading={busy}
                disabled={problems.length > 0 || !content.name.trim() || !dirty}
                data-testid="plan-save"
              >
                {t('appraisalPlans.editor.save')}
              </Button>
            )}
            {!readOnly && (
              <Button
                type="primary"
                onClick={publish}
                loading={busy}
                disabled={problems.length > 0 || !canPublish}
                data-testid="plan-publish"
              >
                {t('appraisalPlans.editor.publish')}
              </Button>
            )}
          </Space>
        }
      />
      {readOnly ? (
        <Typography.Paragraph type="secondary">{t('appraisalPlans.editor.readOnly')}</Typography.Paragraph>
      ) : (
        !plan.draftVersion &&
        plan.publishedVersion && (
          <Typography.Paragraph type="secondary">{t('appraisalPlans.editor.editMakesDraft')}</Typography.Paragraph>
        )
      )}
      {!readOnly &&
        (problems.length ? (
          <ProblemList problems={problems} />
        ) : (
          <Alert
            type="success"
            showIcon
            title={t('appraisalPlans.editor.valid')}
            style={{ marginBottom: 12 }}
            data-testid="plan-valid"
          />
        ))}
      <Card size="small" title={t('appraisalPlans.editor.basics')} style={{ marginBottom: 12 }}>
        <Space wrap size="large">
          <Space>
            {t('appraisalPlans.editor.name')}
            <Input
              value={content.name}
              maxLength={100}
              disabled={readOnly}
              style={{ width: 260 }}
              onChange={(e) => patch({ name: e.target.value })}
              data-testid="plan-name"
            />
          </Space>
          <Space>
            {t('appraisalPlans.editor.cycleKind')}
            <Select
              value={content.cycleKind}
              disabled={readOnly}
              style={{ width: 120 }}
              onChange={(cycleKind) => patch({ cycleKind })}
              options={CYCLE_KINDS.map((k) => ({ value: k, label: t(`appraisalPlans.cycleKinds.${k}`) }))}
              data-testid="plan-cycle-kind"
            />
          </Space>
          <Space>
            {t('appraisalPlans.editor.appealDays')}
            <InputNumber
              min={1}
              max={60}
              precision={0}
              value={content.appealWorkingDays}
              disabled={readOnly}
              onChange={(v) => patch({ appealWorkingDays: v ?? 1 })}
              data-testid="plan-appeal-days"
            />
            {t('appraisalPlans.editor.workingDays')}
          </Space>
        </Space>
      </Card>
      <Card size="small" title={t('appraisalPlans.kpiSets.title')} style={{ marginBottom: 12 }}>
        <KpiSetsEditor
          sets={content.kpiSets}
          defaultRules={defaultRules}
          disabled={readOnly}
          onChange={(kpiSets) => patch({ kpiSets })}
        />
      </Card>
      <Card size="small" title={t('appraisalPlans.scope.title')} style={{ marginBottom: 12 }}>
        <ScopeEditor
          teams={content.teams}
          departmentId={plan.departmentId}
          known={plan.teamNames}
          disabled={readOnly}
          onChange={(teams) => patch({ teams })}
        />
      </Card>
      <Card size="small" title={t('appraisalPlans.grades.title')} style={{ marginBottom: 12 }}>
        <GradesEditor
          content={content}
          forcedDefaults={defaults.data?.forcedDistribution ?? null}
          disabled={readOnly}
          onChange={patch}
        />
      </Card>
      {history && <VersionHistory plan={plan} onClose={() => setHistory(false)} />}
    </>
  );
}
