import { DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { ExamPair } from '../../../../common/analytics-levels';
import { useCan } from '../../../access';
import { useT } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { levelsApi, levelsKey } from './api';
import { Figure } from './Figure';

// Level 2 before/after: the training manager pairs a pre-test with a post-test of the program;
// each pair shows the same people's pre and post means and the mean gain with its paired interval.

export function PairsPanel({ programId, pairs }: { programId: string; pairs: ExamPair[] }) {
  const t = useT();
  const can = useCan();
  const manage = can('analytics.manage');
  const [pre, setPre] = useState<string>();
  const [post, setPost] = useState<string>();
  const exams = useApiQuery(levelsKey('exams', programId), () => levelsApi.exams(programId), { enabled: manage });
  const options = (exams.data ?? []).map((e) => ({ value: e.examId, label: `${e.title}（${e.people}）` }));
  const add = useApiMutation(() => levelsApi.addPair(programId, { preExamId: pre!, postExamId: post! }), {
    invalidates: [levelsKey('program', programId)],
    onSuccess: () => setPost(undefined),
  });
  const remove = useApiMutation((pairId: string) => levelsApi.removePair(pairId), {
    invalidates: [levelsKey('program', programId)],
  });
  return (
    <div style={{ marginTop: 16 }} data-testid="levels-pairs">
      <Typography.Text strong>{t('analytics.levels.l2.pairs')}</Typography.Text>
      <Typography.Paragraph type="secondary">{t('analytics.levels.l2.pairsHelp')}</Typography.Paragraph>
      {manage && (
        <Space wrap style={{ marginBottom: 8 }}>
          <Select
            style={{ minWidth: 160 }}
            placeholder={t('analytics.levels.l2.pre')}
            options={options}
            value={pre}
            onChange={setPre}
            notFoundContent={t('analytics.levels.l2.noExams')}
            data-testid="levels-pair-pre"
          />
          <Select
            style={{ minWidth: 160 }}
            placeholder={t('analytics.levels.l2.post')}
            options={options}
            value={post}
            onChange={setPost}
            notFoundContent={t('analytics.levels.l2.noExams')}
            data-testid="levels-pair-post"
          />
          <Button
            type="primary"
            disabled={!pre || !post}
            loading={add.isPending}
            onClick={() => add.mutate(undefined)}
            data-testid="levels-pair-add"
          >
            {t('analytics.levels.l2.add')}
          </Button>
        </Space>
      )}
      <Table<ExamPair>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={pairs}
        locale={{ emptyText: t('analytics.levels.l2.noPairs') }}
        columns={[
          { title: t('analytics.levels.l2.pre'), render: (_, r) => r.preTitle },
          { title: t('analytics.levels.l2.post'), render: (_, r) => r.postTitle },
          {
            title: `${t('analytics.levels.l2.pre')} → ${t('analytics.levels.l2.post')}`,
            render: (_, r) => `${r.pre.value?.toFixed(1) ?? '—'} → ${r.post.value?.toFixed(1) ?? '—'}`,
          },
          {
            title: t('analytics.levels.l2.gain'),
            render: (_, r) => <Figure e={r.gain} testId={`levels-pair-gain-${r.id}`} />,
          },
          ...(manage
            ? [
                {
                  title: '',
                  render: (_: unknown, r: ExamPair) => (
                    <Popconfirm title={t('analytics.levels.l2.removeConfirm')} onConfirm={() => remove.mutate(r.id)}>
                      <Button size="small" icon={<DeleteOutlined />} aria-label={t('analytics.levels.l2.remove')} />
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
