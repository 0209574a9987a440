import { describe, expect, it } from 'vitest';
import { audioTypeOf, sniffAudio } from './recording-files.js';

// What a recording is, from its first bytes (browsers' MediaRecorder output and common files),
// else from the type the browser declared; nothing else passes.

const bytes = (head: number[] | string, size = 64) => {
  const b = Buffer.alloc(size);
  (typeof head === 'string' ? Buffer.from(head, 'latin1') : Buffer.from(head)).copy(b);
  return b;
};

describe('recording types', () => {
  it('knows the formats browsers record and people upload by their signature', () => {
    expect(sniffAudio(bytes([0x1a, 0x45, 0xdf, 0xa3]))).toBe('audio/webm');
    expect(sniffAudio(bytes('OggS'))).toBe('audio/ogg');
    expect(sniffAudio(bytes('\0\0\0\x20ftypM4A '))).toBe('audio/mp4');
    expect(sniffAudio(bytes('RIFF\x24\0\0\0WAVEfmt '))).toBe('audio/wav');
    expect(sniffAudio(bytes('ID3\x04'))).toBe('audio/mpeg');
    expect(sniffAudio(bytes([0xff, 0xfb, 0x90]))).toBe('audio/mpeg');
    expect(sniffAudio(bytes('RIFF\x24\0\0\0AVI LIST'))).toBeNull();
    expect(sniffAudio(bytes('%PDF-1.7'))).toBeNull();
  });

  it('lets the content win over the declared type, and the declared type decide only what has no signature', () => {
    expect(audioTypeOf(bytes('OggS'), 'audio/webm')).toBe('audio/ogg');
    expect(audioTypeOf(bytes('x'), 'audio/mpeg')).toBe('audio/mpeg');
    expect(audioTypeOf(bytes('x'), 'video/webm;codecs=opus')).toBe('audio/webm');
    expect(audioTypeOf(bytes('x'), 'audio/x-wav')).toBe('audio/wav');
    expect(() => audioTypeOf(bytes('%PDF-1.7'), 'application/pdf')).toThrow(
      expect.objectContaining({ statusCode: 400, errorCode: 'RECORDING_BAD_TYPE' }),
    );
    for (const disguised of ['%PDF-1.7', '<html><script>', 'PK\x03\x04', 'MZ\x90'])
      expect(() => audioTypeOf(bytes(disguised), 'audio/mpeg')).toThrow(
        expect.objectContaining({ errorCode: 'RECORDING_BAD_TYPE' }),
      );
    expect(() => audioTypeOf(Buffer.alloc(0), 'audio/webm')).toThrow(
      expect.objectContaining({ errorCode: 'EMPTY_FILE' }),
    );
  });
});
