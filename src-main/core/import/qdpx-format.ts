import { ArchiveError, openQdpx } from '../qdpx/qdpx-archive.ts'
import { prepareProject, type PreparedProject } from '../qdpx/prepare-project.ts'
import { QdeError, readQde } from '../qdpx/qde-reader.ts'
import { storeProject } from '../qdpx/store-project.ts'
import type { StoringFormat } from './format.ts'
import { reject } from './rejection.ts'

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/**
 * A REFI-QDA project (.qdpx) from ATLAS.ti, MAXQDA, NVivo, QualCoder or this app
 * (docs/qdpx.md): its codebook, text sources and coded selections go in together.
 * What could not be taken (sources that are not text, selections outside their
 * text) is listed in the result's warnings, by name.
 */
export const qdpxFormat: StoringFormat<PreparedProject> = {
  kind: 'store',
  format: 'qdpx',
  prepare: async (bytes, name) => {
    try {
      const archive = openQdpx(bytes)
      const project = prepareProject(readQde(archive.qde), archive)
      if (project.articles.length === 0 && project.codes.length === 0) {
        throw reject(
          name,
          `holds neither text sources nor codes to import${project.warnings.length ? ` (${project.warnings.join(' ')})` : ''}.`
        )
      }
      return project
    } catch (err) {
      if (err instanceof ArchiveError || err instanceof QdeError) throw reject(name, `not a usable REFI-QDA project file: ${err.message}.`)
      throw err
    }
  },
  store: async (tx, prepared, name) => {
    const r = await storeProject(tx, prepared, name.split(/[\\/]/).pop() ?? name)
    const created = r.articles.created + r.claims.created + r.codes.created
    const parts = [
      plural(r.articles.created + r.articles.reused, 'article'),
      plural(r.claims.created, 'claim'),
      plural(r.codes.created + r.codes.reused, 'code')
    ]
    const first = r.stored[0]
    return {
      status: created > 0 ? 'imported' : 'duplicate',
      ...(first ? { id: first.id } : {}),
      title: `${first ? first.title + (r.stored.length > 1 ? ` (+${r.stored.length - 1} more)` : '') : prepared.name || 'codebook'}: ${parts.join(', ')}`,
      warnings: r.warnings.length ? r.warnings : undefined
    }
  }
}
