// Load generation with autocannon: closed-loop saturation (fixed connections) and rate-limited runs
// (overallRate) for latency below saturation. Every run is bounded by its duration and a hard stop.
import autocannon from 'autocannon';

/**
 * One autocannon run against `url` (must be loopback) POSTing `bodies` round-robin.
 * Returns requests/s, latency percentiles (ms), completed responses and every kind of error, including
 * GraphQL `errors` found in response bodies (every body is checked, not only a sample).
 */
export function runLoad({ url, bodies, connections, seconds, overallRate }) {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`refusing to load a non-loopback target: ${url}`);
  let next = 0;
  let bodyErrors = 0;
  let firstBodyError;
  const request = {
    method: 'POST',
    setupRequest: req => ({ ...req, body: bodies[next++ % bodies.length] }),
    onResponse: (status, body) => {
      if (body && body.includes('"errors"')) {
        bodyErrors++;
        firstBodyError ??= body.slice(0, 300);
      }
    },
  };
  return new Promise((resolve, reject) => {
    const instance = autocannon({
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: bodies[0],
      requests: [request],
      connections,
      duration: seconds,
      overallRate,
      timeout: 10,
    }, (error, result) => {
      clearTimeout(hardStop);
      if (error) return reject(error);
      const completed = result['2xx'] + result.non2xx;
      resolve({
        requestsPerSecond: completed / result.duration,
        completed,
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.non2xx + result.errors + result.timeouts + bodyErrors,
        errorDetail: { non2xx: result.non2xx, socket: result.errors, timeouts: result.timeouts, graphql: bodyErrors, firstBodyError },
      });
    });
    // Belt and braces: autocannon stops itself at `duration`; this catches a wedged run.
    const hardStop = setTimeout(() => instance.stop(), (seconds + 30) * 1000);
  });
}
