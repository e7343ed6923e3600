// @ts-expect-error plain JS build helper shared with npm start
import { ensureBuilt } from '../../scripts/ensure-build.js'

export default function globalSetup(): void {
  ensureBuilt()
}
