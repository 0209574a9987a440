import { CheckOutlined, FileTextOutlined, PlaySquareOutlined, ReadOutlined } from '@ant-design/icons';
import { Button, Empty, List, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { showError, showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { trainingApi } from '../shared/trainingApi';
import type { DueMaterial, MaterialKind } from '../shared/types';

export const KIND_ICONS: Record<MaterialKind, ReactNode> = {
  document: <FileTextOutlined />,
  video: <PlaySquareOutlined />,
  micro_course: <ReadOutlined />,
};

/** Required materials not done yet, oldest due first; open one, then mark it done. */
export function MyMaterials({ items, onChanged }: { items: DueMaterial[]; onChanged: () => void }) {
  const t = useT();
  const done = async (m: DueMaterial) => {
    try {
      await trainingApi.materials.complete(m.materialId);
      showSuccess(t('training.my.done'));
      onChanged();
    } catch (err) {
      showError(err);
    }
  };
  const due = items.filter((m) => !m.completedAt);
  if (!due.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('training.my.noMaterials')} />;
  return (
    <List
      dataSource={due}
      renderItem={(m) => (
        <List.Item
          data-testid="my-material"
          data-material-id={m.materialId}
          actions={[
            <Button key="done" icon={<CheckOutlined />} onClick={() => done(m)} data-testid="my-material-done">
              {t('training.my.markDone')}
            </Button>,
          ]}
        >
          <List.Item.Meta
            avatar={KIND_ICONS[m.kind]}
            title={
              <a href={m.url} target="_blank" rel="noreferrer">
                {m.title}
              </a>
            }
            description={
              <Space size={4} wrap>
                <Typography.Text type="secondary">
                  {m.courseTitle} · {t(`training.enums.materialKind.${m.kind}`)}
                </Typography.Text>
                <Tag color={m.overdue ? 'red' : 'default'}>
                  {m.overdue ? t('training.my.overdue') : t('training.my.dueOn', { date: m.dueOn })}
                </Tag>
              </Space>
            }
          />
        </List.Item>
      )}
    />
  );
}
