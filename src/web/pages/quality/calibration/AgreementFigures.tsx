import { Card, Space, Statistic, Tag, Tooltip, Typography } from 'antd';
import { useT } from '../../../i18n';
import type { CalibrationReport } from './calibrationApi';

type Agreement = CalibrationReport['agreement'];

const bandColor = (v: number | null) => (v === null ? undefined : v > 0.6 ? 'green' : v > 0.4 ? 'gold' : 'red');
const fixed = (v: number | null) => (v === null ? '—' : v.toFixed(3));

/** Chance-corrected agreement per item kind (issue 17 item 5): Fleiss' κ for yes/no items,
 *  Krippendorff's α for scale and points items, each with its 95% interval and n. Below the
 *  minimum n the server gives no number and neither does this: "too few". */
export function AgreementFigures({ agreement }: { agreement: Agreement }) {
  const t = useT();
  if (!agreement.kinds.length) return null;
  return (
    <Card size="small" title={t('quality.calibration.agreement.title')} data-testid="calibration-agreement">
      <Space size="large" wrap align="start">
        {agreement.kinds.map((k, i) => (
          <Space key={k.kind} orientation="vertical" size={2} data-testid={`calibration-agreement-${k.kind}`}>
            <Statistic
              title={
                <Tooltip title={t(`quality.calibration.agreement.why.${k.statistic}`)}>
                  {t(`quality.calibration.agreement.statistic.${k.statistic}`, {
                    kind: t(`quality.forms.itemKinds.${k.kind}`),
                  })}
                </Tooltip>
              }
              value={k.tooFew ? t('quality.calibration.agreement.tooFew') : fixed(k.value)}
            />
            {!k.tooFew && k.value !== null && (
              <Tag color={bandColor(k.value)}>{t(`quality.calibration.report.bands.${k.band as 'fair'}`)}</Tag>
            )}
            {!k.tooFew && k.value === null && <Tag>{t('quality.calibration.report.bands.none')}</Tag>}
            {/* The e2e journey reads the first kind's figures (always with its n) by this id. */}
            <Typography.Text type="secondary" data-testid={i === 0 ? 'calibration-kappa' : undefined}>
              {k.tooFew
                ? t('quality.calibration.agreement.tooFewDetail', { n: k.n, min: agreement.minN })
                : k.low !== null && k.high !== null
                  ? t('quality.calibration.agreement.interval', {
                      level: agreement.level,
                      low: fixed(k.low),
                      high: fixed(k.high),
                      n: k.n,
                      interactions: k.interactions,
                    })
                  : t('quality.calibration.agreement.noInterval', { n: k.n, interactions: k.interactions })}
            </Typography.Text>
          </Space>
        ))}
      </Space>
    </Card>
  );
}
