import { CpuPool } from '../src-main/core/host/cpu-pool.ts'
import { workerModule } from '../src-main/core/host/worker-module.ts'
for (const [mb, n] of [[32, 12000], [32, 40000], [64, 60000]]) {
  const pool = new CpuPool({ threads: 1, module: workerModule('cpu-worker', new URL('../src-main/core/host/cpu-pool.ts', import.meta.url).href), resourceLimits: { maxOldGenerationSizeMb: mb } })
  const paragraph = Array.from({ length: n }, (_, i) => `"We assess that ${i} tanks moved near Halden," Ivo Lind said.`).join(' ')
  const t0 = performance.now()
  try { const r = await pool.run({ kind: 'suggest', text: paragraph, cues: [{ confidence: 'assess', phrase: 'we assess that' }] }); console.log(mb, n, 'ok', r.length, performance.now() - t0) }
  catch (e) { console.log(mb, n, 'err', (e as Error).message, performance.now() - t0) }
  try { const r = await pool.run({ kind: 'suggest', text: 'We assess that the dam will hold.', cues: [{ confidence: 'assess', phrase: 'we assess that' }] }); console.log('after ok', r.length) } catch (e) { console.log('after err', (e as Error).message) }
  await pool.close()
}
