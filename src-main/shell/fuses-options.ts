// Electron fuses for the packaged app: switches compiled into the Electron binary that no
// command-line flag or environment variable can turn back. electron-builder.config.ts hands
// this object to electron-builder (`electronFuses`), which flips them right before signing.
// No electron import here, so a unit test asserts every fuse without launching Electron.

/** electron-builder's `electronFuses` option (FuseOptionsV1): every fuse of wire v1 decided. */
export const ELECTRON_FUSES = Object.freeze({
  /** ELECTRON_RUN_AS_NODE is ignored: the app binary cannot be used as a plain Node to run other code. */
  runAsNode: false,
  /** Cookies on disk are encrypted with the OS keychain (the app keeps none, but Chromium's store exists). */
  enableCookieEncryption: true,
  /** NODE_OPTIONS and NODE_EXTRA_CA_CERTS are ignored: no injecting --require scripts through the environment. */
  enableNodeOptionsEnvironmentVariable: false,
  /** --inspect, --inspect-brk and SIGUSR1 do not open a debugger on the main process. */
  enableNodeCliInspectArguments: false,
  /** app.asar is checked against the hash embedded at packaging time (macOS, Windows). */
  enableEmbeddedAsarIntegrityValidation: true,
  /** The app is loaded from app.asar only, never from a loose app/ folder planted beside it. */
  onlyLoadAppFromAsar: true,
  /** No separate V8 snapshot for the browser process (not used). */
  loadBrowserProcessSpecificV8Snapshot: false,
  /** file:// pages get no more than a browser would give them (the renderer is served from app://). */
  grantFileProtocolExtraPrivileges: false
})
