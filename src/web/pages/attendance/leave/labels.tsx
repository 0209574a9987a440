import { Space, Tag, Tooltip, Typography } from 'antd';
import type { LeaveStatusName } from '../../../../common/attendance-leave';
import { useI18n, type MsgKey } from '../../../i18n';
import { leaveApi, type LeaveKind, type LeaveRequest } from './api';

// How leave codes are shown: status tags, the chain as a row of role tags, a kind's name in the
// reader's language, the period with its halves.

const STATUS_COLORS: Record<LeaveStatusName, string> = {
  pending: 'processing',
  approved: 'success',
  rejected: 'error',
  cancelled: 'default',
};
const STEP_COLORS: Record<string, string> = {
  waiting: 'default',
  pending: 'processing',
  approved: 'success',
  rejected: 'error',
  skipped: 'default',
};

export function StatusTag({ status }: { status: LeaveStatusName }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="leave-status" data-status={status}>
      {t(`attendance.leave.status.${status}` as MsgKey)}
    </Tag>
  );
}

export function ChainTags({ steps }: { steps: LeaveRequest['steps'] }) {
  const { t } = useI18n();
  return (
    <Space size={2} wrap>
      {steps.map((s) => (
        <Tooltip
          key={s.seq}
          title={[t(`attendance.leave.stepStatus.${s.status}` as MsgKey), s.decidedName, s.note]
            .filter(Boolean)
            .join(' · ')}
        >
          <Tag color={STEP_COLORS[s.status]} data-testid="leave-step" data-status={s.status}>
            {t(`attendance.leave.role.${s.role}` as MsgKey)}
          </Tag>
        </Tooltip>
      ))}
    </Space>
  );
}

export const useKindName = () => {
  const { locale } = useI18n();
  return (kinds: LeaveKind[] | null, code: string) => {
    const k = kinds?.find((x) => x.code === code);
    return k ? (locale === 'zh-CN' ? k.nameZh : k.nameEn) : code;
  };
};

export function Period({ r }: { r: Pick<LeaveRequest, 'startDay' | 'startHalf' | 'endDay' | 'endHalf'> }) {
  const { t } = useI18n();
  const half = (h: 'am' | 'pm') => t(`attendance.leave.half.${h}` as MsgKey);
  return (
    <span>
      {r.startDay} {half(r.startHalf)} – {r.endDay} {half(r.endHalf)}
    </span>
  );
}

export function Files({ files }: { files: LeaveRequest['files'] }) {
  if (!files.length) return null;
  return (
    <Space direction="vertical" size={0}>
      {files.map((f) => (
        <Typography.Link key={f.id} href={leaveApi.fileUrl(f.id)} target="_blank" rel="noreferrer">
          {f.fileName}
        </Typography.Link>
      ))}
    </Space>
  );
}
