import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// Three bundles: the Electron main process (src-main/shell + core), the sandboxed
// preload (CommonJS, since sandboxed preloads cannot be ES modules) and the renderer.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // the core's threads (core/host/worker-module.ts finds them beside out/main/index.js)
      rollupOptions: {
        input: {
          index: resolve('src-main/shell/main.ts'),
          'core-worker': resolve('src-main/host/core-worker.ts'),
          'cpu-worker': resolve('src-main/core/host/cpu-worker.ts'),
          'integrity-worker': resolve('src-main/core/db/integrity-worker.ts')
        }
      }
    }
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('src-main/shell/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: 'src-renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      rollupOptions: { input: { index: resolve('src-renderer/index.html') } }
    }
  }
})
