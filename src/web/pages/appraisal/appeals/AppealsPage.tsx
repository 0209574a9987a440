import { PageHeader } from '../../../components/PageHeader';
import { useT } from '../../../i18n';
import '../appraisal.css';
import { AppealsTable } from './AppealsTable';

/** 绩效申诉: the appeals of every cycle the viewer may see; team leads review, HR and the center
 *  manager decide in writing, agents follow their own. */
export default function AppealsPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('appraisal.appeals.title')} />
      <AppealsTable />
    </>
  );
}
