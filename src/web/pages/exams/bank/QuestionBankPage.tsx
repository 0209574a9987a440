import { DownloadOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Dropdown, Input, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiMutation, useInvalidate } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { examsApi, type Question } from '../examsApi';
import { difficultyOptions, typeOptions } from '../labels';
import { ImportModal } from './ImportModal';
import { QuestionHistoryDrawer } from './QuestionHistoryDrawer';
import { QuestionModal } from './QuestionModal';

/** 题库: the questions with filters; import a file; create or edit one question. */
export default function QuestionBankPage() {
  const t = useT();
  const [filter, setFilter] = useState<{
    type?: string;
    difficulty?: string;
    tag?: string;
    category?: string;
    q?: string;
  }>({});
  const [page, setPage] = useState(1);
  const [importing, setImporting] = useState(false);
  const [editing, setEditing] = useState<Question | 'new' | null>(null);
  const [history, setHistory] = useState<Question | null>(null);

  const list = useApiQuery(
    keys.exams('questions', filter, page),
    () => examsApi.questions({ ...filter, page, pageSize: 20 }),
    { keepPrevious: true },
  );
  const rows = list.data?.data ?? [];
  const total = list.data?.total ?? 0;
  const invalidate = useInvalidate();
  // An import, an edit or an archive changes the bank the papers draw from too.
  const changed = () => invalidate(keys.exams('questions'), keys.exams('papers'));
  const archiving = useApiMutation((q: Question) => examsApi.archiveQuestion(q.id, true), {
    invalidates: [keys.exams('questions'), keys.exams('papers')],
    onSuccess: () => showSuccess(t('exams.bank.archived')),
  });
  const archive = (q: Question) => archiving.mutate(q);

  const set = (patch: typeof filter) => {
    setPage(1);
    setFilter((f) => ({ ...f, ...patch }));
  };
  return (
    <>
      <PageHeader
        title={t('exams.bank.title')}
        extra={
          <Space>
            <Dropdown
              menu={{
                items: [
                  {
                    key: 'xlsx',
                    label: (
                      <a href="/api/exams/questions/export" data-testid="question-export-xlsx">
                        {t('exams.bank.export')}
                      </a>
                    ),
                  },
                  {
                    key: 'moodle_xml',
                    label: (
                      <a href="/api/exams/questions/export?format=moodle_xml" data-testid="question-export-moodle">
                        {t('exams.bank.exportMoodle')}
                      </a>
                    ),
                  },
                  {
                    key: 'gift',
                    label: (
                      <a href="/api/exams/questions/export?format=gift" data-testid="question-export-gift">
                        {t('exams.bank.exportGift')}
                      </a>
                    ),
                  },
                ],
              }}
            >
              <Button icon={<DownloadOutlined />} data-testid="question-export">
                {t('exams.bank.exportMenu')}
              </Button>
            </Dropdown>
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="question-import">
              {t('exams.bank.import')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="question-new">
              {t('exams.bank.new')}
            </Button>
          </Space>
        }
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('exams.bank.search')}
          onSearch={(q) => set({ q })}
          style={{ width: 220 }}
        />
        <Select
          allowClear
          placeholder={t('exams.fields.type')}
          style={{ width: 140 }}
          options={typeOptions(t)}
          onChange={(type) => set({ type })}
        />
        <Select
          allowClear
          placeholder={t('exams.fields.difficulty')}
          style={{ width: 120 }}
          options={difficultyOptions(t)}
          onChange={(difficulty) => set({ difficulty })}
        />
        <Input.Search
          allowClear
          placeholder={t('exams.fields.tag')}
          onSearch={(tag) => set({ tag })}
          style={{ width: 180 }}
          data-testid="question-tag-filter"
        />
        <Input.Search
          allowClear
          placeholder={t('exams.bank.category')}
          onSearch={(category) => set({ category })}
          style={{ width: 220 }}
          data-testid="question-category-filter"
        />
      </Space>
      <Table
        rowKey="id"
        loading={list.loading}
        dataSource={rows}
        data-testid="question-list"
        pagination={{ current: page, total, pageSize: 20, onChange: setPage, showSizeChanger: false }}
        columns={[
          {
            title: t('exams.fields.type'),
            dataIndex: 'type',
            width: 100,
            render: (v: string) => t(`exams.types.${v}` as never),
          },
          { title: t('exams.fields.stem'), dataIndex: 'stem', ellipsis: true },
          {
            title: t('exams.fields.difficulty'),
            dataIndex: 'difficulty',
            width: 80,
            render: (v: string) => t(`exams.difficulty.${v}` as never),
          },
          { title: t('exams.fields.points'), dataIndex: 'points', width: 70 },
          {
            title: t('exams.fields.category'),
            dataIndex: 'category',
            width: 180,
            ellipsis: true,
            render: (v: string | null) => v?.replace(/^\$\w+\$\//, '') ?? '',
          },
          {
            title: t('exams.fields.tags'),
            dataIndex: 'tags',
            render: (v: string[]) => v.map((x) => <Tag key={x}>{x}</Tag>),
          },
          { title: t('exams.fields.version'), dataIndex: 'version', width: 60 },
          {
            title: '',
            key: 'a',
            width: 220,
            render: (_: unknown, q: Question) => (
              <Space size="small">
                <Button size="small" onClick={() => setEditing(q)}>
                  {t('common.actions.edit')}
                </Button>
                <Button size="small" onClick={() => setHistory(q)} data-testid={`question-history-${q.id}`}>
                  {t('exams.bank.history')}
                </Button>
                <Popconfirm
                  title={t('exams.bank.archiveConfirm')}
                  onConfirm={() => archive(q)}
                  okButtonProps={{ danger: true, 'data-testid': 'question-archive-ok' }}
                >
                  <Button size="small" danger data-testid={`question-archive-${q.id}`}>
                    {t('exams.bank.archive')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <ImportModal open={importing} onClose={() => setImporting(false)} onDone={changed} />
      <QuestionHistoryDrawer question={history} onClose={() => setHistory(null)} />
      {editing && (
        <QuestionModal
          question={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={changed}
        />
      )}
    </>
  );
}
