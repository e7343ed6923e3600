import type { PickedFile } from './upload-plan.ts'

/** Files from an <input type=file>: a folder upload names each file by its path inside the folder. */
export const pickedFiles = (list: FileList | null): PickedFile[] =>
  [...(list ?? [])].map((file) => ({ name: file.webkitRelativePath || file.name, size: file.size, file }))

const readEntries = (reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> =>
  new Promise((resolve, reject) => reader.readEntries(resolve, reject))

const fileOf = (entry: FileSystemFileEntry): Promise<File> => new Promise((resolve, reject) => entry.file(resolve, reject))

/** Walks a dropped folder; readEntries answers in batches, so it is called until it returns none. */
async function walk(entry: FileSystemEntry, out: PickedFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await fileOf(entry as FileSystemFileEntry)
    out.push({ name: entry.fullPath.replace(/^\//, ''), size: file.size, file })
  } else if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader()
    const children: FileSystemEntry[] = []
    for (let batch = await readEntries(reader); batch.length; batch = await readEntries(reader)) children.push(...batch)
    children.sort((a, b) => a.name.localeCompare(b.name))
    for (const child of children) await walk(child, out)
  }
}

/**
 * Files and folders dropped on the window. Entries must be taken before the first await: the browser empties the list after the drop
 * event.
 */
export async function droppedFiles(data: DataTransfer): Promise<PickedFile[]> {
  const entries = [...data.items].filter((i) => i.kind === 'file').map((i) => i.webkitGetAsEntry?.() ?? null)
  const plain = [...data.files]
  const out: PickedFile[] = []
  if (entries.every((e) => e !== null)) {
    for (const entry of entries) await walk(entry!, out)
    return out
  }
  return plain.map((file) => ({ name: file.name, size: file.size, file }))
}
