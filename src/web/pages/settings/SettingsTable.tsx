import { EditOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { localTime, testId } from '../../format';
import { useT } from '../../i18n';
import type { Setting } from './settingsApi';
import { withUnit, type SettingText } from './settingText';

export type SettingRow = Setting & { text: SettingText };

/** One section's settings: name and meaning, value (marked when not the default), default, last change. */
export function SettingsTable({ rows, onEdit }: { rows: SettingRow[]; onEdit: (s: Setting) => void }) {
  const t = useT();
  const columns: TableColumnsType<SettingRow> = [
    {
      title: t('settings.columns.name'),
      key: 'name',
      render: (_, s) => (
        <>
          <Typography.Text strong data-testid="setting-label">
            {s.text.label}
          </Typography.Text>
          {s.needsRestart && (
            <Tooltip title={t('settings.needsRestartHint')}>
              <Tag color="gold" style={{ marginInlineStart: 8 }} data-testid="setting-needs-restart">
                {t('settings.needsRestart')}
              </Tag>
            </Tooltip>
          )}
          <div className="sw-detail">{s.text.help}</div>
        </>
      ),
    },
    {
      title: t('settings.columns.value'),
      key: 'value',
      width: 130,
      render: (_, s) => (
        <Space size={4} wrap>
          <span data-testid="setting-value-shown">{withUnit(s.value, s.text.unit)}</span>
          {s.value !== s.defaultValue && (
            <Tag color="orange" data-testid="setting-modified">
              {t('settings.modified')}
            </Tag>
          )}
        </Space>
      ),
    },
    {
      title: t('settings.columns.defaultValue'),
      key: 'defaultValue',
      width: 100,
      render: (_, s) => withUnit(s.defaultValue, s.text.unit),
    },
    {
      title: t('settings.columns.updatedAt'),
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      width: 160,
      responsive: ['lg'],
      render: (v: string | null) =>
        v ? localTime(v) : <Typography.Text type="secondary">{t('settings.neverChanged')}</Typography.Text>,
    },
    {
      key: 'actions',
      width: 80,
      render: (_, s) => (
        <Button
          type="link"
          size="small"
          icon={<EditOutlined />}
          onClick={() => onEdit(s)}
          data-testid="setting-edit-open"
        >
          {t('settings.edit.action')}
        </Button>
      ),
    },
  ];
  return (
    <Table<SettingRow>
      rowKey="key"
      size="middle"
      columns={columns}
      dataSource={rows}
      pagination={false}
      onRow={(s) => ({ ...testId('setting-row'), 'data-key': s.key }) as object}
    />
  );
}
