import type { Plugin } from 'vite';

export interface CompressTotals {
  files: number;
  bytes: number;
  br: number;
  gzip: number;
}
export function compressDir(dir: string): Promise<CompressTotals>;
export function precompress(): Plugin;
