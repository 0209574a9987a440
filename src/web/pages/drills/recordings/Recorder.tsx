import { AudioOutlined, StopOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Progress, Space, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { recordingsApi, recordingsKey } from './api';

// Reading a read_aloud card aloud (issue 20 item 1): records in the browser with MediaRecorder,
// a visible timer stopping at drills.recordingMaxSeconds, or takes an audio file when there is
// no microphone or the browser was refused one; plays the take back before it is uploaded, then
// hands the recording's id to the page (practice shows the self-rating buttons next).

type Take = { cardId: string; blob: Blob; url: string; seconds: number | null; fileName: string };
type Live = { recorder: MediaRecorder; stream: MediaStream; timer: number };
/** ready: record; unsupported: no MediaRecorder; refused: the person or the browser said no; none: no microphone. */
type Mic = 'ready' | 'unsupported' | 'refused' | 'none';
const MIC_TEXT = {
  unsupported: 'drills.recordings.recorder.micUnsupported',
  refused: 'drills.recordings.recorder.micRefused',
  none: 'drills.recordings.recorder.micNone',
} as const;

// What MediaRecorder makes, best first: Chrome and Firefox WebM/Opus, older Firefox Ogg, Safari MP4.
const PREFERRED = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4'];
const canRecord = () =>
  typeof navigator !== 'undefined' &&
  typeof navigator.mediaDevices?.getUserMedia === 'function' &&
  typeof MediaRecorder !== 'undefined';
const recorderType = () => PREFERRED.find((t) => MediaRecorder.isTypeSupported?.(t));
const extensionOf = (mime: string) =>
  mime.includes('ogg') ? '.ogg' : mime.includes('mp4') ? '.m4a' : mime.includes('mpeg') ? '.mp3' : '.webm';
const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;

export function Recorder(props: { cardId: string; onRecorded: (recordingId: string) => void }) {
  const { cardId, onRecorded } = props;
  const { t } = useI18n();
  const { data: limits } = useApiQuery(recordingsKey('limits'), recordingsApi.limits);
  const maxSeconds = limits?.maxSeconds ?? 180;
  const maxMb = limits?.maxMb ?? 5;
  const [mic, setMic] = useState<Mic>(() => (canRecord() ? 'ready' : 'unsupported'));
  const [recording, setRecording] = useState(false);
  const [elapsed, setElapsed] = useState(0);
  const [taken, setTake] = useState<Take | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const live = useRef<Live | null>(null);
  // A take belongs to its card: when the page moves to the next card the old take is gone.
  const take = taken?.cardId === cardId ? taken : null;

  const url = taken?.url;
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  // Leaving the page mid-recording releases the microphone.
  useEffect(
    () => () => {
      const r = live.current;
      if (!r) return;
      window.clearInterval(r.timer);
      r.recorder.onstop = null;
      if (r.recorder.state !== 'inactive') r.recorder.stop();
      r.stream.getTracks().forEach((track) => track.stop());
    },
    [],
  );

  const stop = useCallback(() => {
    const r = live.current;
    if (!r) return;
    window.clearInterval(r.timer);
    if (r.recorder.state !== 'inactive') r.recorder.stop();
  }, []);

  const start = async () => {
    setProblem(null);
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (err) {
      const name = (err as { name?: string })?.name;
      setMic(name === 'NotAllowedError' || name === 'SecurityError' ? 'refused' : 'none');
      return;
    }
    setMic('ready');
    const type = recorderType();
    const recorder = new MediaRecorder(stream, type ? { mimeType: type } : undefined);
    const chunks: Blob[] = [];
    const started = performance.now();
    recorder.ondataavailable = (e) => {
      if (e.data.size) chunks.push(e.data);
    };
    recorder.onstop = () => {
      stream.getTracks().forEach((track) => track.stop());
      live.current = null;
      const mime = (recorder.mimeType || type || 'audio/webm').split(';')[0]!;
      const blob = new Blob(chunks, { type: mime });
      const seconds = Math.min((performance.now() - started) / 1000, maxSeconds);
      setRecording(false);
      setTake({ cardId, blob, url: URL.createObjectURL(blob), seconds, fileName: `reading${extensionOf(mime)}` });
    };
    const timer = window.setInterval(() => {
      const s = (performance.now() - started) / 1000;
      setElapsed(Math.min(s, maxSeconds));
      if (s >= maxSeconds) stop();
    }, 200);
    live.current = { recorder, stream, timer };
    setTake(null);
    setElapsed(0);
    setRecording(true);
    recorder.start(1000);
  };

  const choose = (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    if (file.size > maxMb * 1024 * 1024) {
      setProblem(t('drills.recordings.recorder.tooLarge', { maxMb }));
      return;
    }
    setTake({ cardId, blob: file, url: URL.createObjectURL(file), seconds: null, fileName: file.name });
  };

  // A chosen file's length is known once the player has read it; a recording's from the timer.
  const measured = (duration: number) => {
    if (take && take.seconds === null && Number.isFinite(duration)) setTake({ ...take, seconds: duration });
  };
  const tooLong = take?.seconds != null && Math.round(take.seconds) > maxSeconds;

  const upload = useApiMutation(
    (tk: Take) =>
      recordingsApi.upload({ cardId: tk.cardId, file: tk.blob, fileName: tk.fileName, seconds: tk.seconds }),
    {
      invalidates: [recordingsKey('list')],
      onSuccess: (r) => {
        setTake(null);
        onRecorded(r.id);
      },
    },
  );

  return (
    <div data-testid="recorder" style={{ display: 'flex', flexDirection: 'column', gap: 12, maxWidth: 560 }}>
      {mic !== 'ready' && <Alert type="info" showIcon title={t(MIC_TEXT[mic])} />}
      <Space wrap>
        {mic !== 'unsupported' && !recording && (
          <Button
            type={take ? 'default' : 'primary'}
            icon={<AudioOutlined />}
            onClick={() => void start()}
            disabled={upload.isPending}
            data-testid="recorder-start"
          >
            {t(take ? 'drills.recordings.recorder.again' : 'drills.recordings.recorder.start')}
          </Button>
        )}
        {recording && (
          <Button danger icon={<StopOutlined />} onClick={stop} data-testid="recorder-stop">
            {t('drills.recordings.recorder.stop')}
          </Button>
        )}
        {mic !== 'ready' && (
          <label>
            <Typography.Text type="secondary">{t('drills.recordings.recorder.chooseFile')} </Typography.Text>
            <input
              type="file"
              accept="audio/*"
              onChange={(e) => choose(e.target.files?.[0])}
              data-testid="recorder-file"
            />
          </label>
        )}
      </Space>
      {recording && (
        <div>
          <Typography.Text strong data-testid="recorder-timer">
            {t('drills.recordings.recorder.timer', { elapsed: clock(elapsed), max: clock(maxSeconds) })}
          </Typography.Text>
          <Progress percent={(elapsed / maxSeconds) * 100} showInfo={false} size="small" status="active" />
        </div>
      )}
      {take && (
        <>
          <Typography.Text type="secondary">{t('drills.recordings.recorder.listenFirst')}</Typography.Text>
          <audio
            controls
            src={take.url}
            onLoadedMetadata={(e) => measured(e.currentTarget.duration)}
            style={{ width: '100%' }}
            data-testid="recorder-preview"
          />
          {tooLong && (
            <Alert type="error" showIcon title={t('drills.recordings.recorder.tooLong', { max: maxSeconds })} />
          )}
          <div>
            <Button
              type="primary"
              icon={<UploadOutlined />}
              loading={upload.isPending}
              disabled={tooLong}
              onClick={() => upload.mutate(take)}
              data-testid="recorder-upload"
            >
              {t('drills.recordings.recorder.upload')}
            </Button>
          </div>
        </>
      )}
      {problem && <Alert type="error" showIcon title={problem} />}
    </div>
  );
}
