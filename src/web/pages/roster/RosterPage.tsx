import { Button, Card, Result, Steps } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api';
import { PageHeader } from '../../components/PageHeader';
import { PageSpin } from '../../components/Results';
import { showError } from '../../feedback';
import { useT } from '../../i18n';
import type { RosterPreview, RosterResult } from '../../types';
import { PreviewStep } from './PreviewStep';
import { UploadStep } from './UploadStep';

/** Upload → preview (nothing written yet) → commit, all or nothing. ?import=<id> reopens a preview. */
export default function RosterPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const importId = params.get('import');
  const [preview, setPreview] = useState<RosterPreview | null>(null);
  const [result, setResult] = useState<RosterResult | null>(null);
  const [committing, setCommitting] = useState(false);

  useEffect(() => {
    if (!importId || preview?.id === importId) return;
    let live = true;
    api.roster
      .get(importId)
      .then((p) => {
        if (live) setPreview(p);
      })
      .catch((err) => {
        if (live) {
          showError(err);
          setParams({}, { replace: true });
        }
      });
    return () => {
      live = false;
    };
  }, [importId]); // only when the id in the address changes

  const showPreview = (p: RosterPreview) => {
    setPreview(p);
    setResult(null);
    setParams({ import: p.id });
  };

  const restart = () => {
    setPreview(null);
    setResult(null);
    setParams({});
  };

  const commit = async () => {
    if (!preview) return;
    setCommitting(true);
    try {
      setResult(await api.roster.commit(preview.id));
    } catch (err) {
      showError(err, { detail: true });
      // The server's view wins (someone may have committed it meanwhile).
      api.roster
        .get(preview.id)
        .then(setPreview)
        .catch(() => {});
    } finally {
      setCommitting(false);
    }
  };

  const step = result ? 2 : preview ? 1 : 0;
  let body;
  if (result) {
    body = (
      <Result
        status="success"
        title={t('roster.result.title')}
        subTitle={<span data-testid="roster-result">{t('roster.result.summary', { ...result })}</span>}
        extra={[
          <Link key="people" to="/people">
            <Button type="primary">{t('roster.result.viewPeople')}</Button>
          </Link>,
          <Button key="again" onClick={restart} data-testid="roster-again">
            {t('roster.result.again')}
          </Button>,
        ]}
      />
    );
  } else if (preview) {
    body = <PreviewStep preview={preview} committing={committing} onCommit={commit} onRestart={restart} />;
  } else if (importId) {
    body = <PageSpin />;
  } else {
    body = <UploadStep onPreview={showPreview} />;
  }

  return (
    <>
      <PageHeader title={t('roster.title')} />
      <Card>
        <Steps
          current={step}
          style={{ marginBottom: 24 }}
          items={[
            { title: t('roster.steps.upload') },
            { title: t('roster.steps.preview') },
            { title: t('roster.steps.done') },
          ]}
        />
        {body}
      </Card>
    </>
  );
}
