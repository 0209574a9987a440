import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './scripts/build-compress.mjs';

// The web app lives in src/web and is built into dist/web, which the server serves with a
// single-page fallback. In development Vite proxies /api/ to the server (port 3000, or
// SEATWISE_API); the Host header is kept as is so the server's same-origin check accepts it.
// After the build, .br and .gz copies are written beside each text file (precompress), which the
// server sends by the browser's Accept-Encoding.
export default defineConfig({
  root: 'src/web',
  plugins: [react(), precompress()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // dist/web/.vite/manifest.json: which chunks each page pulls in, read by bench:web.
    manifest: true,
  },
  server: {
    proxy: {
      '/api/': { target: process.env.SEATWISE_API ?? 'http://localhost:3000' },
    },
  },
});
