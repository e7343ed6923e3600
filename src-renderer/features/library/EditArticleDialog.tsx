import { useState, type FormEvent } from 'react'
import type { ArticleSummary, InputOf } from '../../../src-main/contract/index.ts'
import { ApiError, invoke } from '../../api/client.ts'
import { FormError, Modal } from '../../ui/Modal.tsx'

type Changes = InputOf<'articles.update'>

const LABELS: Record<string, string> = { title: 'Title', source: 'Source', published: 'Published', url: 'Address' }

/** The core's validation errors by field ("Address: expected a web address…"), else the message as it is. */
function explain(err: unknown): string {
  if (err instanceof ApiError && err.code === 'invalid_input' && Array.isArray(err.details)) {
    const lines = (err.details as { path?: unknown[]; message?: string }[]).map(
      (i) => `${LABELS[String(i.path?.[0])] ?? 'Input'}: ${i.message ?? 'not valid'}`
    )
    if (lines.length) return lines.join(' ')
  }
  return err instanceof Error ? err.message : String(err)
}

/** Edits an article's title, source, date and address; only what changed is sent, and the core checks it. */
export function EditArticleDialog({ article, onSaved, onClose }: { article: ArticleSummary; onSaved: () => void; onClose: () => void }) {
  const initial = {
    title: article.title,
    source: article.source ?? '',
    published: article.published?.slice(0, 10) ?? '',
    url: article.url ?? ''
  }
  const [fields, setFields] = useState(initial)
  const [error, setError] = useState<string>()
  const [saving, setSaving] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const changes: Changes = { id: article.id }
    for (const key of ['title', 'source', 'published', 'url'] as const) if (fields[key] !== initial[key]) changes[key] = fields[key]
    if (Object.keys(changes).length === 1) return onClose()
    setSaving(true)
    try {
      await invoke('articles.update', changes)
      onSaved()
      onClose()
    } catch (err) {
      setError(explain(err))
      setSaving(false)
    }
  }

  const field = (key: keyof typeof fields, label: string, type: string, extra: Record<string, unknown> = {}) => (
    <label className="form-row">
      <span>{label}</span>
      <input type={type} value={fields[key]} onChange={(e) => setFields({ ...fields, [key]: e.target.value })} {...extra} />
    </label>
  )

  return (
    <Modal label="Edit article" onClose={onClose}>
      <form className="edit-form" onSubmit={submit}>
        <h2>Edit article</h2>
        {field('title', 'Title', 'text', { required: true, maxLength: 500, autoFocus: true })}
        {field('source', 'Source', 'text', { maxLength: 500 })}
        {field('published', 'Published', 'date')}
        {field('url', 'Address', 'url', {
          placeholder: 'https://…',
          maxLength: 2000,
          pattern: 'https?://.+',
          title: 'a web address starting with http:// or https://'
        })}
        <FormError error={error} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={saving}>
            Save
          </button>
        </div>
      </form>
    </Modal>
  )
}
