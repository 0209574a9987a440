import { Card, Grid, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { LoadFailedResult, PageSpin } from '../../components/Results';
import { SearchBox } from '../../components/SearchBox';
import { useI18n } from '../../i18n';
import { keys } from '../../query/keys';
import { useApiQuery } from '../../query/useApiQuery';
import { GROUP_ORDER, groupOf, type SettingGroupId } from './settingGroups';
import { settingsApi, type Setting } from './settingsApi';
import { SettingEditModal } from './SettingEditModal';
import { SettingsTable, type SettingRow } from './SettingsTable';
import { matches, settingText } from './settingText';

// 系统设置: every number of the rules (SPEC: "every number is a setting"), by area, for an
// administrator to change with a reason. The server lists them all, stored or default.
export default function SettingsPage() {
  const { t, locale } = useI18n();
  const screens = Grid.useBreakpoint();
  const { data: settings, error: failed, reload } = useApiQuery(keys.settings('list'), () => settingsApi.list());
  const [q, setQ] = useState('');
  const [active, setActive] = useState<SettingGroupId>(GROUP_ORDER[0]);
  const [editing, setEditing] = useState<Setting | null>(null);

  // Labels depend on the language, so the rows are built again when it changes.
  const groups = useMemo(() => {
    const needle = q.toLowerCase();
    const byGroup = new Map<SettingGroupId, SettingRow[]>();
    for (const s of settings ?? []) {
      const text = settingText(s.key);
      if (!matches(s.key, text, needle)) continue;
      const id = groupOf(s.key);
      byGroup.set(id, [...(byGroup.get(id) ?? []), { ...s, text }]);
    }
    return GROUP_ORDER.filter((id) => byGroup.has(id)).map((id) => ({ id, rows: byGroup.get(id)! }));
  }, [settings, q, locale]);

  if (failed && !settings) return <LoadFailedResult onRetry={reload} />;
  if (!settings) return <PageSpin />;
  // A search that leaves the open section empty opens the first section it found something in.
  const shown = groups.some((g) => g.id === active) ? active : groups[0]?.id;

  return (
    <>
      <PageHeader
        title={t('settings.title')}
        extra={<SearchBox value={q} onSearch={setQ} placeholder={t('settings.search')} data-testid="settings-search" />}
      />
      <Typography.Paragraph type="secondary">{t('settings.intro')}</Typography.Paragraph>
      <Card size="small">
        {groups.length ? (
          <Tabs
            activeKey={shown}
            onChange={(id) => setActive(id as SettingGroupId)}
            tabPlacement={screens.lg ? 'start' : 'top'}
            items={groups.map((g) => ({
              key: g.id,
              label: (
                <span data-testid={`settings-tab-${g.id}`}>
                  {t(`settings.groups.${g.id}`)}
                  {q && ` (${g.rows.length})`}
                </span>
              ),
              children: <SettingsTable rows={g.rows} onEdit={setEditing} />,
            }))}
            data-testid="settings-tabs"
          />
        ) : (
          <Typography.Text type="secondary" data-testid="settings-empty">
            {t('settings.empty')}
          </Typography.Text>
        )}
      </Card>
      {editing && <SettingEditModal setting={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
