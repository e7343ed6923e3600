import { Piscina } from 'piscina'
const pool = new Piscina({ filename: new URL('./boot.mjs', import.meta.url).href, workerData: { tsModule: new URL('./w.ts', import.meta.url).href }, maxThreads: 2 })
console.log(await pool.run({ text: 'abc' }))
await pool.destroy()
