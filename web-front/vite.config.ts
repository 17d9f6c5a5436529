/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The gateway serves the built app from the jar under /app/; during `npm run dev` every API and
// sign-in path goes to a suite started with `./ocpizza up`.
const gateway = process.env.OCPIZZA_GATEWAY_URL ?? 'http://localhost:8080';
const proxied = ['/api', '/oauth2', '/login', '/logout', '/.well-known', '/connect', '/auth-assets', '/userinfo'];

export default defineConfig({
  base: '/app/',
  plugins: [react()],
  build: {
    outDir: 'target/classes/META-INF/resources/app',
    emptyOutDir: true,
    chunkSizeWarningLimit: 800,
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: gateway, changeOrigin: false }])),
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
