import type { CallName, InputOf } from '../../contract/index.ts'

/**
 * One valid input per call, for fuzzing near-valid inputs. The fuzz test
 * requires an entry for every call, so a new call cannot escape it.
 * Ids refer to the seeded sample corpus (articles 1–7).
 */
export const callExamples: { [N in CallName]: InputOf<N> } = {
  'app.info': {},
  'articles.list': {},
  'articles.get': { id: 1 },
  'place.get': {},
  'place.set': {
    view: 'compare',
    articleId: 2,
    filters: { read: { text: 'troops', confidence: ['assess'], speaker: '', groupBy: 'none' } },
    compare: { left: 1, right: 2 }
  },
  'claims.list': {
    articleId: 1,
    text: 'imagery',
    confidence: ['evidence', 'none'],
    speaker: 'Ilse Varga',
    sort: [{ column: 'quote', desc: true }]
  },
  'claims.columns': { text: 'imagery', confidence: ['evidence', 'none'], sort: [{ column: 'articleTitle', desc: false }] },
  'articles.page': { after: ['2024-01-02', 3], limit: 20 },
  'articles.ids': { view: { query: 'imagery', claims: 'untagged', sort: { column: 'title', desc: false } }, offset: 0, limit: 100 },
  'articles.position': { view: { source: 'Wire', sort: { column: 'claims', desc: true } }, id: 1 },
  'articles.sources': {},
  'claims.page': {
    view: { text: 'imagery', confidence: ['evidence', 'none'], speakers: ['Kirby', 'John Kirby'], groupBy: 'confidence' },
    offset: 0,
    limit: 50,
    count: true
  },
  'claims.count': { view: { codes: { kind: 'none' } } },
  'claims.groups': { view: { groupBy: 'attributedTo', sort: [{ column: 'quote', desc: true }] } },
  'claims.create': {
    articleId: 1,
    start: 0,
    end: 10,
    confidence: 'assess',
    attributedTo: 'Ilse Varga',
    note: 'n',
    sourceReliability: 'B',
    claimCredibility: 2
  },
  'claims.update': { id: 1, patch: { confidence: 'evidence', note: 'changed' } },
  'claims.delete': { id: 1 },
  'claims.history': { claimId: 1 },
  'claims.speakers': {},
  'history.state': {},
  'history.undo': {},
  'history.redo': {},
  'export.start': { format: 'csv', selection: { query: { articleId: 1 } }, bom: false },
  'export.status': { exportId: 'AAAAAAAAAAAAAAAAAAAA' },
  'export.cancel': { exportId: 'AAAAAAAAAAAAAAAAAAAA' },
  'export.save': { exportId: 'AAAAAAAAAAAAAAAAAAAA' },
  'suggest.article': { articleId: 1 },
  'compare.articles': { leftId: 7, rightId: 4, withSuggestions: true },
  'compare.csv': { leftId: 1, rightId: 2, conflictsOnly: true },
  'import.start': {
    files: [{ name: 'note.txt', dataBase64: Buffer.from('Field note\n\nThere is evidence of a new runway.').toString('base64') }]
  },
  'import.status': { jobId: 'abcdefgh-1234', resultsFrom: 0, waitMs: 0 },
  'import.cancel': { jobId: 'abcdefgh-1234' },
  'articles.search': { query: 'Belmora "air base" OR -jets*', limit: 20, snippets: 5 },
  'articles.snippets': { query: 'Belmora', ids: [1, 2] },
  'articles.update': { id: 1, title: 'Renamed', source: 'Wire', published: '2025-09-14', url: 'https://example.org/a' },
  'articles.delete': { ids: [2] },
  'suggest.accept': {
    articleId: 1,
    suggestions: [{ start: 0, end: 10, confidence: 'evidence', attributedTo: 'Northgate Monitoring Project', cue: { text: 'shows' } }]
  },
  'suggest.reject': { articleId: 1, start: 0, end: 10 },
  'suggest.unreject': { articleId: 1, start: 0, end: 10 },
  'suggest.text': { text: '"We assess that the jets arrived in two groups," Ilse Varga said.' },
  'lexicon.list': {},
  'lexicon.add': { confidence: 'assess', phrase: 'we reckon' },
  'lexicon.remove': { id: 1 },
  'lexicon.setEnabled': { id: 1, enabled: false },
  'codes.list': {},
  'codes.create': { name: 'Troop movements', parentId: null, color: '#336699', description: 'Units moving' },
  'codes.update': { id: 1, name: 'Sanctions', color: null, description: 'd' },
  'codes.move': { id: 1, parentId: null, position: 0 },
  'codes.merge': { sourceId: 1, targetId: 2 },
  'codes.delete': { id: 1 },
  'codes.assign': { codeId: 1, claimIds: [1, 2] },
  'codes.unassign': { codeId: 1, claimIds: [1] },
  'codes.assignments': { articleId: 1 },
  'exchange.analyst': {},
  'exchange.setAnalyst': { name: 'Ilse Varga' },
  'team.status': {},
  'team.join': { url: 'http://127.0.0.1:9', analyst: 'ana', token: 'wbt_example-token' },
  'team.sync': {},
  'team.done': { articleId: 1 },
  'team.claims': { articleId: 1, layer: 'analyst' },
  'agreement.report': { articleId: 1 },
  'adjudication.items': { articleId: 1 },
  'adjudication.set': {
    articleId: 1,
    basedOn: ['0123456789abcdef0123456789abcdef'],
    start: 0,
    end: 10,
    confidence: 'assess',
    attributedTo: '',
    note: ''
  },
  'adjudication.clear': { uid: '0123456789abcdef0123456789abcdef' }
}
