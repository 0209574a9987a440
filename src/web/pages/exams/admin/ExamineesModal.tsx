import { Form, Select } from 'antd';
import { useState } from 'react';
import { api } from '../../../api';
import { FormModal } from '../../../components/FormModal';
import { useDepartments } from '../../../components/useDepartments';
import { showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { examsApi, type Examinee } from '../examsApi';

interface Values {
  teamIds: string[];
  employeeIds: string[];
}

/** Who takes the exam: whole teams and/or people (the list replaces the previous one). */
export function ExamineesModal({
  examId,
  current,
  onClose,
  onSaved,
}: {
  examId: string;
  current: Examinee[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { departments } = useDepartments();
  const [people, setPeople] = useState(
    current.map((e) => ({ value: e.employeeId, label: `${e.name} · ${e.employeeNo}` })),
  );
  const search = async (q: string) => {
    const page = await api.employees.list({ q: q.trim() || undefined, pageSize: 20 });
    setPeople((old) => {
      const seen = new Map(old.map((o) => [o.value, o]));
      for (const e of page.data) seen.set(e.id, { value: e.id, label: `${e.name} · ${e.employeeNo}` });
      return [...seen.values()];
    });
  };
  const submit = async (v: Values) => {
    const r = await examsApi.setExaminees(examId, { teamIds: v.teamIds ?? [], employeeIds: v.employeeIds ?? [] });
    showSuccess(t('exams.manage.examineesSaved', { n: r.count }));
    onSaved();
  };
  return (
    <FormModal<Values>
      open
      title={t('exams.manage.setExaminees')}
      onClose={onClose}
      onSubmit={submit}
      testId="examinees-form"
      initialValues={{ teamIds: [], employeeIds: current.map((e) => e.employeeId) }}
    >
      <Form.Item name="teamIds" label={t('exams.manage.teams')}>
        <Select
          mode="multiple"
          data-testid="examinees-teams"
          showSearch={{ optionFilterProp: 'label' }}
          options={departments.map((d) => ({
            label: d.name,
            title: d.name,
            options: d.teams.map((tm) => ({ value: tm.id, label: `${tm.name} (${tm.code})` })),
          }))}
        />
      </Form.Item>
      <Form.Item name="employeeIds" label={t('exams.manage.people')}>
        <Select
          mode="multiple"
          data-testid="examinees-people"
          filterOption={false}
          options={people}
          showSearch={{ onSearch: (q) => void search(q) }}
          onFocus={() => void search('')}
        />
      </Form.Item>
    </FormModal>
  );
}
