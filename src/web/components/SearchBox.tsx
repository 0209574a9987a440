import { SearchOutlined } from '@ant-design/icons';
import { Input } from 'antd';
import { useEffect, useState } from 'react';

/** A search field that applies on Enter or when cleared (not on every key). */
export function SearchBox({
  value,
  onSearch,
  placeholder,
  ...rest
}: {
  value?: string;
  onSearch: (q: string) => void;
  placeholder: string;
  'data-testid'?: string;
}) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  return (
    <Input
      allowClear
      prefix={<SearchOutlined style={{ color: '#999' }} />}
      placeholder={placeholder}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        if (!e.target.value) onSearch('');
      }}
      onPressEnter={() => onSearch(text.trim())}
      style={{ width: 240 }}
      {...rest}
    />
  );
}
