import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { showError, showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { examsApi, type Exam } from '../examsApi';

/** Who grades the exam's subjective answers; saved as soon as the selection changes. */
export function GradersSelect({ exam, onSaved }: { exam: Exam; onSaved: () => void }) {
  const t = useT();
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  useEffect(() => {
    examsApi.graders().then((g) => setOptions(g.map((x) => ({ value: x.userId, label: x.name })))).catch(showError);
  }, []);
  const save = async (userIds: string[]) => {
    try {
      await examsApi.setGraders(exam.id, userIds);
      showSuccess(t('exams.manage.gradersSaved'));
      onSaved();
    } catch (err) { showError(err); }
  };
  return (
    <Select mode="multiple" size="small" style={{ minWidth: 220 }} value={exam.graderIds} options={options} onChange={save}
      placeholder={t('exams.manage.gradersHint')} optionFilterProp="label" data-testid="exam-graders" />
  );
}
