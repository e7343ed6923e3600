import { connect, createServer, type AddressInfo, type Server } from 'node:net'
import { JSDOM, VirtualConsole } from 'jsdom'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readImportFixture } from '../testing/import-fixtures.ts'
import { htmlFormat } from './html-format.ts'
import { prepareFile } from './prepare-file.ts'

/**
 * A server standing in for every remote address in the hostile page. It counts
 * connections at the TCP level, so any attempt to reach it (image, frame, font,
 * style sheet, script, fetch) counts, whatever the protocol.
 */
let server: Server
let origin: string
let requests: string[]
let onRequest: (() => void) | undefined
beforeEach(async () => {
  requests = []
  onRequest = undefined
  server = createServer((socket) => {
    socket.once('data', (data) => {
      const first = data.toString('latin1').split('\r\n')[0] ?? ''
      if (first !== 'SENTINEL') {
        requests.push(first)
        onRequest?.()
      }
      socket.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n')
    })
    socket.on('error', () => undefined)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterEach(() => new Promise<void>((r) => server.close(() => r())))

/** One round trip of our own: a connection the page opened before it would have been counted by now. */
const sentinel = (): Promise<void> =>
  new Promise((resolve, reject) => {
    const socket = connect((server.address() as AddressInfo).port, '127.0.0.1', () => socket.write('SENTINEL\r\n'))
    socket
      .on('data', () => undefined)
      .on('close', () => resolve())
      .on('error', reject)
  })

const hostilePage = (): Buffer => Buffer.from(readImportFixture('hostile.html').toString('utf8').replaceAll('http://127.0.0.1:9', origin))

describe('importing a hostile web page', () => {
  it('keeps the article text, in every script, and none of the page chrome or active content', async () => {
    const p = await prepareFile('hostile.html', hostilePage())
    if (p.kind !== 'article') throw new Error('expected an article')
    const { body, title } = p.article
    expect(title).toBe('Seoul and Cairo react to the satellite launch')
    expect(body).toContain('South Korean officials said on Tuesday that the launch was detected shortly after dawn.')
    expect(body).toContain('서울 발표에 따르면 발사는 새벽에 탐지되었다.')
    expect(body).toContain('«بيان رسمي: نتابع الوضع عن كثب»')
    expect(body).toContain('immediate 🚀🇰🇷,')
    expect(body).toContain('Analyst Nguyễn of') // decomposed in the file, composed (NFC) here
    expect(body).toContain('q\u0323adr') // a combining mark with no precomposed form stays
    expect(body).toContain('Read the full statement on the ministry') // the link's words stay, its javascript: address goes
    for (const hostile of [
      'NAVIGATION-CHROME',
      'MASTHEAD-CHROME',
      'ASIDE-CHROME',
      'FOOTER-CHROME',
      'IFRAME-FALLBACK',
      'OBJECT-FALLBACK',
      'FORM-INPUT',
      'Subscribe',
      'fetch',
      'javascript',
      '127.0.0.1',
      'HOSTILE',
      'Image',
      '@font-face',
      'Tracker'
    ]) {
      expect(body).not.toContain(hostile)
    }
    expect(body.split('\n')).toHaveLength(5) // byline + four paragraphs, one per line
  })

  it('reads the outlet, date and address from the meta tags', async () => {
    const p = await prepareFile('hostile.html', hostilePage())
    expect(p.kind === 'article' && p.article).toMatchObject({
      source: 'The Example Observer',
      published: '2024-11-05',
      url: 'https://observer.example/world/launch-reactions',
      format: 'html',
      fileName: 'hostile.html'
    })
  })

  it('runs none of its scripts and fetches nothing it points to', async () => {
    await htmlFormat.parse(hostilePage(), 'hostile.html')
    await sentinel()
    expect(requests).toEqual([])
  })

  it('(control) the same page does reach the server when a DOM is allowed to run scripts and load resources', async () => {
    const reached = new Promise<void>((resolve) => (onRequest = resolve))
    const dom = new JSDOM(hostilePage().toString('utf8'), {
      runScripts: 'dangerously',
      resources: 'usable',
      virtualConsole: new VirtualConsole()
    })
    await reached
    dom.window.close()
    expect(requests.length).toBeGreaterThan(0)
  })
})

describe('importing ordinary web pages', () => {
  it('uses the whole body without its navigation when there is no article to find', async () => {
    const html =
      '<html><head><title>Note</title></head><body><nav>Menu items</nav><div>Short note about the convoy.</div><footer>Footer text</footer></body></html>'
    const p = await htmlFormat.parse(Buffer.from(html), 'note.html')
    expect(p.text).toBe('Short note about the convoy.')
    expect(p.title).toBe('Note')
  })

  it('decodes a page in its declared legacy charset', async () => {
    const html = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"><title>R</title></head><body><p>Caf'),
      Buffer.from([0xe9]),
      Buffer.from(' talks resumed.</p></body></html>')
    ])
    const p = await htmlFormat.parse(html, 'legacy.htm')
    expect(p.text).toBe('Café talks resumed.')
    expect(p.warnings).toEqual([])
  })

  it('takes the <h1> that the <title> contains, without the site name, and citation tags for journals', async () => {
    const html = `<html><head><title>Grain exports fell in March - Journal of Trade</title>
      <meta name="citation_journal_title" content="Journal of Trade"><meta name="citation_publication_date" content="2023/04/02">
      <meta name="citation_public_url" content="javascript:alert(1)"></head>
      <body><h1>Grain exports fell in March</h1><p>Exports fell by a third.</p></body></html>`
    const p = await htmlFormat.parse(Buffer.from(html), 'paper.html')
    expect(p).toMatchObject({ title: 'Grain exports fell in March', source: 'Journal of Trade', published: '2023-04-02', url: null })
    expect(p.text).toBe('Exports fell by a third.')
  })

  it('keeps table cells apart and <pre> lines as they are', async () => {
    const html =
      '<body><table><tr><td>Port</td><td>Ships</td></tr><tr><td>Halden</td><td>12</td></tr></table><pre>line one\n  line two</pre></body>'
    const p = await htmlFormat.parse(Buffer.from(html), 't.html')
    expect(p.text).toBe('Port\tShips\nHalden\t12\nline one\n  line two')
  })

  it('refuses a binary file named .html', async () => {
    await expect(prepareFile('photo.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))).rejects.toThrow(
      'photo.html: looks like a binary file, not a web page'
    )
  })
})
