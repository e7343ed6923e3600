/**
 * A file the importer refuses. The message names the file and says why, so it can
 * be shown as it is (CLI, summary dialog). Throwing one never touches the database.
 */
export class ImportRejection extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportRejection'
  }
}

export const reject = (name: string, reason: string): ImportRejection => new ImportRejection(`${name}: ${reason}`)
