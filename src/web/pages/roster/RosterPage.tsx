import { Button, Card, Result, Steps } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api';
import { PageHeader } from '../../components/PageHeader';
import { PageSpin } from '../../components/Results';
import { showError } from '../../feedback';
import { useT } from '../../i18n';
import { keys } from '../../query/keys';
import { useApiMutation } from '../../query/useApiMutation';
import { useApiQuery } from '../../query/useApiQuery';
import type { RosterPreview, RosterResult } from '../../types';
import { PreviewStep } from './PreviewStep';
import { UploadStep } from './UploadStep';

/** Upload → preview (nothing written yet) → commit, all or nothing. ?import=<id> reopens a preview. */
export default function RosterPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const importId = params.get('import');
  const client = useQueryClient();
  const read = useApiQuery(keys.roster('import', importId), () => api.roster.get(importId!), { enabled: !!importId });
  const preview = importId ? read.data : null;
  const [result, setResult] = useState<RosterResult | null>(null);
  // A commit adds and changes people: every list of them, the org chart's headcounts.
  const committing = useApiMutation(api.roster.commit, {
    invalidates: [keys.people(), keys.org()],
    quiet: true, // told with its detail below
  });

  const showPreview = (p: RosterPreview) => {
    // The upload answered with the preview: no need to ask for it again.
    client.setQueryData(keys.roster('import', p.id), p);
    setResult(null);
    setParams({ import: p.id });
  };

  const restart = () => {
    setResult(null);
    setParams({});
  };

  const commit = async () => {
    if (!preview) return;
    try {
      setResult(await committing.mutateAsync(preview.id));
    } catch (err) {
      showError(err, { detail: true });
      // The server's view wins (someone may have committed it meanwhile).
      void client.invalidateQueries({ queryKey: keys.roster('import', preview.id) });
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
    body = <PreviewStep preview={preview} committing={committing.isPending} onCommit={commit} onRestart={restart} />;
  } else if (importId && !read.error) {
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
