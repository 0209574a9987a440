import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app lives in src/web and is built into dist/web, which the server serves with a
// single-page fallback. In development Vite proxies /api/ to the server (port 3000, or
// SEATWISE_API); the Host header is kept as is so the server's same-origin check accepts it.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      '/api/': { target: process.env.SEATWISE_API ?? 'http://localhost:3000' },
    },
  },
});
