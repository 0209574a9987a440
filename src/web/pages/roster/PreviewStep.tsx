import { CheckOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { translateMaybe, useT } from '../../i18n';
import type { RosterPreview, RosterRow, RosterRowError } from '../../types';

const ACTION_COLORS = { create: 'green', update: 'blue', unchanged: 'default', error: 'red' } as const;

/** Step 2: counts, every bad row with its reason, and what each good row will do. */
export function PreviewStep({
  preview: p,
  committing,
  onCommit,
  onRestart,
}: {
  preview: RosterPreview;
  committing: boolean;
  onCommit: () => void;
  onRestart: () => void;
}) {
  const t = useT();
  const blocked = p.errorCount > 0 || p.status !== 'previewed';
  const fieldName = (f: string) => translateMaybe(`people.fields.${f}`) ?? f;
  const statusName = (s: string) => translateMaybe(`people.status.${s}`) ?? s;
  /** What the problem names (the value in the file, the lines, the limit …) in the reader's language. */
  const detailOf = (p: NonNullable<RosterRowError['params']>) =>
    [
      p.value !== undefined && t('roster.detail.value', { value: p.value }),
      p.department && t('roster.detail.department', { department: p.department }),
      p.lines && t('roster.detail.lines', { lines: p.lines }),
      p.max !== undefined && t('roster.detail.max', { max: p.max }),
      p.status && t('roster.detail.status', { status: statusName(p.status) }),
      p.from && p.to && t('roster.detail.transition', { from: statusName(p.from), to: statusName(p.to) }),
    ]
      .filter(Boolean)
      .join(' · ');
  /** The reason by its code, and beneath it what it names; a preview stored before those were
   *  recorded shows the server's own (Chinese) words instead. */
  const reason = (e: RosterRowError) => {
    const text = translateMaybe(`roster.codes.${e.code}`) ?? translateMaybe(`errors.${e.code}`);
    if (!text) return e.message;
    const detail = e.params ? detailOf(e.params) : e.message;
    return (
      <>
        {text}
        {detail && <div className="sw-detail">{detail}</div>}
      </>
    );
  };

  const stats = [
    { key: 'rowCount', value: p.rowCount },
    { key: 'creates', value: p.creates },
    { key: 'updates', value: p.updates },
    { key: 'unchanged', value: p.unchanged },
    { key: 'errorRows', value: p.errorRows, danger: p.errorRows > 0 },
  ] as const;

  return (
    <>
      <Typography.Paragraph type="secondary">{t('roster.preview.file', { name: p.fileName })}</Typography.Paragraph>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {stats.map((s) => (
          <Col key={s.key} xs={12} sm={8} md={4}>
            <Card size="small">
              <Statistic
                title={t(`roster.preview.${s.key}`)}
                value={s.value}
                styles={'danger' in s && s.danger ? { content: { color: '#cf1322' } } : undefined}
                data-testid={`roster-${s.key}`}
              />
            </Card>
          </Col>
        ))}
      </Row>

      {p.status === 'committed' && (
        <Alert type="info" showIcon title={t('roster.preview.alreadyCommitted')} style={{ marginBottom: 16 }} />
      )}
      {p.status === 'previewed' &&
        (p.errorCount > 0 ? (
          <Alert
            type="error"
            showIcon
            title={t('roster.preview.hasErrors', { n: p.errorCount })}
            style={{ marginBottom: 16 }}
            data-testid="roster-has-errors"
          />
        ) : (
          <Alert type="success" showIcon title={t('roster.preview.noErrors')} style={{ marginBottom: 16 }} />
        ))}

      <Space wrap style={{ marginBottom: 16 }}>
        <Button
          type="primary"
          icon={<CheckOutlined />}
          disabled={blocked}
          loading={committing}
          onClick={onCommit}
          data-testid="roster-commit"
        >
          {t('roster.preview.commit')}
        </Button>
        <Button icon={<UploadOutlined />} onClick={onRestart} data-testid="roster-reupload">
          {t('roster.preview.reupload')}
        </Button>
      </Space>

      {p.errors.length > 0 && (
        <Card
          size="small"
          title={t('roster.preview.errorsTitle')}
          style={{ marginBottom: 16 }}
          data-testid="roster-errors"
        >
          <Table<RosterRowError>
            rowKey={(e) => `${e.line}-${e.field}-${e.code}`}
            size="small"
            pagination={false}
            dataSource={p.errors}
            rowClassName={() => 'sw-error-row'}
            onRow={(e) => ({ 'data-testid': 'roster-error-row', 'data-line': e.line, 'data-code': e.code }) as object}
            columns={[
              { title: t('roster.columns.line'), dataIndex: 'line', width: 80 },
              { title: t('roster.columns.field'), dataIndex: 'field', width: 140, render: fieldName },
              { title: t('roster.columns.message'), key: 'message', render: (_, e) => reason(e) },
            ]}
          />
        </Card>
      )}

      <Card size="small" title={t('roster.preview.rowsTitle')}>
        <Table<RosterRow>
          rowKey="line"
          size="small"
          dataSource={p.rows}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          onRow={(r) => ({ 'data-testid': 'roster-row', 'data-employee-no': r.employeeNo }) as object}
          columns={[
            { title: t('roster.columns.line'), dataIndex: 'line', width: 70 },
            { title: t('people.fields.employeeNo'), dataIndex: 'employeeNo' },
            { title: t('people.fields.name'), dataIndex: 'name' },
            { title: t('people.fields.department'), dataIndex: 'departmentName' },
            { title: t('people.fields.team'), dataIndex: 'teamName' },
            {
              title: t('people.fields.status'),
              dataIndex: 'status',
              render: (s: string) => translateMaybe(`people.status.${s}`) ?? s,
            },
            {
              title: t('roster.columns.action'),
              dataIndex: 'action',
              render: (a: RosterRow['action']) => <Tag color={ACTION_COLORS[a]}>{t(`roster.actions.${a}`)}</Tag>,
            },
            {
              title: t('roster.columns.changes'),
              dataIndex: 'changes',
              render: (c?: string[]) => (c ?? []).map((f) => fieldName(f)).join(t('common.listSeparator')),
            },
          ]}
        />
      </Card>
    </>
  );
}
