import { Select } from 'antd';
import { showError, showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { examsApi, type Exam } from '../examsApi';

/** Who grades the exam's subjective answers; saved as soon as the selection changes. */
export function GradersSelect({ exam, onSaved }: { exam: Exam; onSaved: () => void }) {
  const t = useT();
  const graders = useApiQuery(keys.exams('graders'), () => examsApi.graders()).data ?? [];
  const options = graders.map((x) => ({ value: x.userId, label: x.name }));
  const save = async (userIds: string[]) => {
    try {
      await examsApi.setGraders(exam.id, userIds);
      showSuccess(t('exams.manage.gradersSaved'));
      onSaved();
    } catch (err) {
      showError(err);
    }
  };
  return (
    <Select
      mode="multiple"
      size="small"
      style={{ minWidth: 220 }}
      value={exam.graderIds}
      options={options}
      onChange={save}
      placeholder={t('exams.manage.gradersHint')}
      optionFilterProp="label"
      data-testid="exam-graders"
    />
  );
}
