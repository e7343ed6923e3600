// Packaging config for electron-builder (`npm run package`, see scripts/package.js).
// The fuses come from the pure module the unit tests check (src-main/shell/fuses-options.test.ts).
import type { Configuration } from 'electron-builder'
import { ELECTRON_FUSES } from './src-main/shell/fuses-options.ts'

const config = {
  appId: 'app.analyst-workbench',
  productName: 'Analyst Workbench',
  directories: { output: 'release' },
  // The bundles from `electron-vite build`, the schema migrations and the seed resources; electron-builder
  // adds package.json and the production node_modules itself.
  files: ['out/**/*', 'migrations/**/*', 'resources/**/*', '.electron-native/better_sqlite3.node', '!**/*.map'],
  // Inside app.asar (onlyLoadAppFromAsar), except the native driver, which must be a real file to load.
  asar: true,
  asarUnpack: ['.electron-native/**'],
  // better-sqlite3 for Electron's ABI is built by scripts/electron-native.js into .electron-native/ and loaded
  // through its nativeBinding option; node_modules keeps the Node build the CLI uses.
  npmRebuild: false,
  electronFuses: ELECTRON_FUSES,
  linux: { target: ['AppImage', 'deb'], category: 'Office' },
  mac: { target: 'dmg', category: 'public.app-category.productivity' },
  win: { target: 'nsis' }
} satisfies Configuration

export default config
