import { Typography } from 'antd';
import { Fragment } from 'react';

// A question's text with its embedded images: imported Moodle texts keep each image as
// `![alt](@@PLUGINFILE@@/name)`, and the question lists the files by name and hash.
const TOKEN = /!\[([^\]\n]*)\]\(@@PLUGINFILE@@\/([^)\s]+)\)/g;
type File = { name: string; hash: string };

function decode(name: string) {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

export function QuestionText({ text, files = [], testId }: { text: string; files?: File[]; testId?: string }) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    parts.push(text.slice(last, m.index));
    const file = files.find((f) => f.name === decode(m[2]));
    parts.push(
      file ? (
        <img
          key={m.index}
          src={`/api/exams/files/${file.hash}`}
          alt={m[1]}
          data-testid="question-image"
          style={{ maxWidth: '100%', display: 'block', margin: '8px 0' }}
        />
      ) : (
        <Typography.Text key={m.index} type="secondary">
          [{m[1] || decode(m[2])}]
        </Typography.Text>
      ),
    );
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid={testId}>
      {parts.map((p, i) => (
        <Fragment key={i}>{p}</Fragment>
      ))}
    </Typography.Paragraph>
  );
}
