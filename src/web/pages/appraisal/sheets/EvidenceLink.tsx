import { Typography } from 'antd';
import { Link } from 'react-router';
import type { EvidenceDescriptor } from '../../../../common/appraisal-cycles';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { evidenceHref } from './evidence';

/** The link to the records behind one KPI value ("two clicks from a grade to the call that lowered it"). */
export function EvidenceLink({ evidence: e, code }: { evidence: EvidenceDescriptor; code: string }) {
  const t = useT();
  const href = evidenceHref(e);
  const text = (() => {
    switch (e.kind) {
      case 'interactions':
        return t(e.teamId ? 'appraisal.evidence.teamInteractions' : 'appraisal.evidence.interactions', {
          count: e.count,
          from: e.from,
          to: e.to,
        });
      case 'evaluations':
        return t(e.teamId ? 'appraisal.evidence.teamEvaluations' : 'appraisal.evidence.evaluations', {
          count: e.ids.length,
          from: e.from,
          to: e.to,
        });
      case 'attendance':
        return t(e.teamId ? 'appraisal.evidence.teamAttendance' : 'appraisal.evidence.attendance', {
          count: e.count,
          from: e.from,
          to: e.to,
        });
      case 'external':
        return t(e.source === 'import' ? 'appraisal.evidence.imported' : 'appraisal.evidence.entered', {
          name: e.byName,
          at: localTime(e.at),
          file: e.fileName ?? '',
        });
      case 'manual':
        return t('appraisal.evidence.manual', { name: e.byName, at: localTime(e.at) });
      case 'appeal':
        return t('appraisal.evidence.appeal', { name: e.byName, at: localTime(e.at) });
      case 'none':
        return t('appraisal.evidence.none');
    }
  })();
  if (!href)
    return (
      <Typography.Text type="secondary" data-testid={`evidence-${code}`}>
        {text}
      </Typography.Text>
    );
  return (
    <Link to={href} data-testid={`evidence-${code}`} data-kind={e.kind}>
      {text}
    </Link>
  );
}
