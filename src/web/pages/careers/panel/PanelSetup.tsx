import { Alert, Button, Card, Col, Input, InputNumber, message, Row, Select, Space, Table } from 'antd';
import { useState } from 'react';
import type { ScorerKindName, SheetItem } from '../../../../common/careers-panel';
import { api } from '../../../api';
import { EmployeeSelect } from '../../../components/EmployeeSelect';
import { useT } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { panelApi, panelKey, type PanelView } from './api';
import { itemLabel } from './labels';

type Scorer = { employeeId: string; name: string; kind: ScorerKindName; sheets: number };

/** The sheet's items (fixed once a score is in) and the panel and peer scorers, saved together. */
export function PanelSetup({ view }: { view: PanelView }) {
  const t = useT();
  const [items, setItems] = useState<SheetItem[]>(() =>
    view.sheet.items.map((i) => ({ key: i.key, label: itemLabel(i, view.sheet.isDefault), maxScore: i.maxScore })),
  );
  const [scorers, setScorers] = useState<Scorer[]>(() => view.scorers.map((s) => ({ ...s })));
  const [pick, setPick] = useState<{ id: string | null; kind: ScorerKindName }>({ id: null, kind: 'panel' });
  const locked = view.sheet.locked;
  const save = useApiMutation(
    () =>
      panelApi.setup(view.round.id, {
        items: locked ? view.sheet.items.map(({ key, label, maxScore }) => ({ key, label, maxScore })) : items,
        scorers: scorers.map((s) => ({ employeeId: s.employeeId, kind: s.kind })),
        version: view.sheet.version,
      }),
    { invalidates: [panelKey()], onSuccess: () => void message.success(t('careers.panel.panel.saved')) },
  );
  const setItem = (i: number, patch: Partial<SheetItem>) =>
    setItems((xs) => xs.map((x, j) => (j === i ? { ...x, ...patch } : x)));

  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={24} lg={12}>
        <Card
          size="small"
          title={
            view.sheet.isDefault
              ? `${t('careers.panel.panel.sheet')} · ${t('careers.panel.panel.defaultSheet')}`
              : t('careers.panel.panel.sheet')
          }
          data-testid="panel-sheet"
        >
          {locked && (
            <Alert type="info" showIcon message={t('careers.panel.panel.locked')} style={{ marginBottom: 8 }} />
          )}
          <Table<SheetItem & { i: number }>
            rowKey="i"
            size="small"
            pagination={false}
            dataSource={items.map((x, i) => ({ ...x, i }))}
            columns={[
              {
                title: t('careers.panel.panel.label'),
                render: (_, r) => (
                  <Input
                    value={r.label}
                    disabled={locked}
                    maxLength={40}
                    onChange={(e) => setItem(r.i, { label: e.target.value })}
                    data-testid={`sheet-label-${r.i}`}
                  />
                ),
              },
              {
                title: t('careers.panel.panel.key'),
                render: (_, r) => (
                  <Input
                    value={r.key}
                    disabled={locked}
                    maxLength={32}
                    onChange={(e) => setItem(r.i, { key: e.target.value })}
                    data-testid={`sheet-key-${r.i}`}
                  />
                ),
              },
              {
                title: t('careers.panel.panel.maxScore'),
                width: 90,
                render: (_, r) => (
                  <InputNumber
                    min={1}
                    max={100}
                    value={r.maxScore}
                    disabled={locked}
                    onChange={(v) => setItem(r.i, { maxScore: Number(v ?? 1) })}
                    data-testid={`sheet-max-${r.i}`}
                  />
                ),
              },
              {
                width: 70,
                render: (_, r) =>
                  !locked &&
                  items.length > 1 && (
                    <Button
                      size="small"
                      type="link"
                      danger
                      onClick={() => setItems((xs) => xs.filter((_x, j) => j !== r.i))}
                    >
                      {t('careers.panel.panel.remove')}
                    </Button>
                  ),
              },
            ]}
          />
          {!locked && (
            <Button
              size="small"
              style={{ marginTop: 8 }}
              onClick={() => setItems((xs) => [...xs, { key: `item_${xs.length + 1}`, label: '', maxScore: 10 }])}
              data-testid="sheet-add-item"
            >
              {t('careers.panel.panel.addItem')}
            </Button>
          )}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('careers.panel.panel.scorers')} data-testid="panel-scorers">
          <Table<Scorer>
            rowKey="employeeId"
            size="small"
            pagination={false}
            dataSource={scorers}
            columns={[
              { title: t('careers.panel.results.name'), dataIndex: 'name' },
              {
                title: t('careers.panel.panel.scorerKind'),
                render: (_, r) => (
                  <Select<ScorerKindName>
                    size="small"
                    value={r.kind}
                    disabled={r.sheets > 0}
                    onChange={(kind) =>
                      setScorers((xs) => xs.map((x) => (x.employeeId === r.employeeId ? { ...x, kind } : x)))
                    }
                    options={(['panel', 'peer'] as const).map((k) => ({
                      value: k,
                      label: t(`careers.panel.kind.${k}`),
                    }))}
                  />
                ),
              },
              { title: t('careers.panel.panel.sheets'), dataIndex: 'sheets', width: 80 },
              {
                width: 70,
                render: (_, r) =>
                  r.sheets === 0 && (
                    <Button
                      size="small"
                      type="link"
                      danger
                      onClick={() => setScorers((xs) => xs.filter((x) => x.employeeId !== r.employeeId))}
                    >
                      {t('careers.panel.panel.remove')}
                    </Button>
                  ),
              },
            ]}
          />
          <Space wrap style={{ marginTop: 8 }}>
            <div style={{ width: 220 }}>
              <EmployeeSelect
                value={pick.id}
                onChange={(id) => setPick((p) => ({ ...p, id }))}
                placeholder={t('careers.panel.panel.pickPerson')}
                data-testid="scorer-pick"
              />
            </div>
            <Select<ScorerKindName>
              value={pick.kind}
              onChange={(kind) => setPick((p) => ({ ...p, kind }))}
              options={(['panel', 'peer'] as const).map((k) => ({ value: k, label: t(`careers.panel.kind.${k}`) }))}
              data-testid="scorer-kind"
            />
            <AddScorer
              pick={pick}
              scorers={scorers}
              onAdd={(s) => {
                setScorers((xs) => [...xs, s]);
                setPick((p) => ({ ...p, id: null }));
              }}
            />
          </Space>
        </Card>
      </Col>
      <Col span={24}>
        <Button type="primary" loading={save.isPending} onClick={() => save.mutate(undefined)} data-testid="save-panel">
          {t('careers.panel.panel.save')}
        </Button>
      </Col>
    </Row>
  );
}

function AddScorer(props: {
  pick: { id: string | null; kind: ScorerKindName };
  scorers: Scorer[];
  onAdd: (s: Scorer) => void;
}) {
  const t = useT();
  const { id, kind } = props.pick;
  const taken = !id || props.scorers.some((s) => s.employeeId === id);
  return (
    <Button
      disabled={taken}
      onClick={async () => {
        if (!id) return;
        const person = await api.employees.get(id);
        props.onAdd({ employeeId: id, name: person.name, kind, sheets: 0 });
      }}
      data-testid="scorer-add"
    >
      {t('careers.panel.panel.addScorer')}
    </Button>
  );
}
