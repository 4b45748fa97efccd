/**
 * Renders documents in worker threads, so that the HTTP server on the main thread stays responsive
 * while a batch builds thousands of them. The pool starts its threads on first use and ends them
 * when the runner stops.
 */
import Tinypool from 'tinypool';
import type { Rendered, RenderTask } from './render-worker.ts';

/** Renders the given formats of one basis; the batch runner takes any function of this shape (tests inject their own). */
export type Render = (task: RenderTask) => Promise<Rendered[]>;

export interface RenderPool {
  render: Render;
  destroy: () => Promise<void>;
}

export function createRenderPool({ threads }: { threads: number }): RenderPool {
  let pool: Tinypool | null = null;
  return {
    render: (task) => {
      pool ??= new Tinypool({
        filename: new URL('./render-worker.ts', import.meta.url).href,
        minThreads: 0,
        maxThreads: threads,
        idleTimeout: 30_000,
      });
      return pool.run(task) as Promise<Rendered[]>;
    },
    destroy: async () => {
      const current = pool;
      pool = null;
      await current?.destroy();
    },
  };
}
