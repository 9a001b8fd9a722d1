// A test-runner plugin serving the remote-data endpoints the `src` tests fetch,
// from the runner's own server (never the internet):
//
//   /__remote/data?body=…&type=…&status=…&delay=…&id=…&repeat=…
//     answers `body` (URL-encoded; `repeat` times over) with that Content-Type (`none`: no header)
//     and HTTP status (default 200) after `delay` ms;
//   /__remote/log?id=…
//     what became of request `id`: "started", "aborted" (the client hung up
//     before the answer) or "answered".
//
// Status and headers are set on the Koa context directly: a plugin's serve
// result is always sent with status 200.
const log = new Map();

export function remotePlugin() {
  return {
    name: 'remote-data',
    async serve(ctx) {
      if (!ctx.path.startsWith('/__remote/')) return undefined;
      const q = ctx.query;
      const id = typeof q.id === 'string' ? q.id : '';
      ctx.set('Cache-Control', 'no-store');
      if (ctx.path === '/__remote/log') {
        ctx.status = 200;
        ctx.body = JSON.stringify(log.get(id) ?? null);
        ctx.set('Content-Type', 'application/json');
        return undefined;
      }
      if (id) log.set(id, 'started');
      const delay = Number(q.delay ?? 0);
      if (delay > 0) {
        const hungUp = await new Promise((resolve) => {
          const timer = setTimeout(() => resolve(false), delay);
          ctx.res.once('close', () => {
            clearTimeout(timer);
            resolve(true);
          });
        });
        if (hungUp) {
          if (id) log.set(id, 'aborted');
          ctx.status = 204;
          return undefined;
        }
      }
      if (id) log.set(id, 'answered');
      ctx.status = Number(q.status ?? 200);
      ctx.body = (typeof q.body === 'string' ? q.body : '').repeat(Number(q.repeat ?? 1));
      const type = typeof q.type === 'string' ? q.type : 'none';
      if (type === 'none') ctx.remove('Content-Type');
      else ctx.set('Content-Type', type);
      return undefined;
    },
  };
}
