// Starts the packaged one-process app (module standalone: the gateway's page and API with the
// engine) exactly as `./cutout run` does (java -jar quarkus-run.jar, PORT), on a free port, and stops it.

import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const MODULE_DIR = resolve(here, '../../../../..'); // api-gateway/
export const REPO_ROOT = resolve(MODULE_DIR, '..');
export const TARGET_DIR = join(MODULE_DIR, 'target');
export const JAR = join(REPO_ROOT, 'standalone', 'target', 'quarkus-app', 'quarkus-run.jar');
const READY_TIMEOUT_MS = 180_000;

async function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts the app with `env` overrides; resolves with {url, port, stop(), kill()} once /q/health/ready is UP.
 * `logName`: the app's log under target/ (a second app in a run needs its own). `jar`, `port` and
 * `portVariable` start another of the packaged apps (support/broker.js: the gateway and the worker), or the
 * same one again on the port it had.
 */
export async function startApp(env = {}, {
  logName = 'web-tests-app.log', jar = JAR, port = null, portVariable = 'PORT',
} = {}) {
  if (!existsSync(jar)) {
    throw new Error(`${jar} is missing: build first (mvn -DskipTests package, or ./cutout test)`);
  }
  port = port || await freePort();
  mkdirSync(TARGET_DIR, { recursive: true });
  const logPath = join(TARGET_DIR, logName);
  const log = createWriteStream(logPath);
  const javaOpts = (process.env.CUTOUT_JAVA_OPTS || '-Xmx3g').split(/\s+/).filter(Boolean);
  const child = spawn('java', [...javaOpts, '-jar', jar], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      CUTOUT_MODEL_DIR: process.env.CUTOUT_MODEL_DIR || join(homedir(), '.cache', 'cutout', 'models'),
      OPT_OUT_TRACKING: 'true',
      [portVariable]: String(port),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (exited) throw new Error(`the app exited (${JSON.stringify(exited)}) before it was ready; see ${logPath}`);
    try {
      const response = await fetch(`${url}/q/health/ready`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the app was not ready after ${READY_TIMEOUT_MS / 1000}s; see ${logPath}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const gone = new Promise((r) => child.once('exit', r));
  return {
    url,
    port,
    logPath,
    /** SIGTERM (graceful), then SIGKILL if it is still there after 15 s. */
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await gone;
      clearTimeout(timer);
    },
    /** SIGKILL: no shutdown at all, its connections dropped by the kernel. */
    async kill() {
      if (exited) return;
      child.kill('SIGKILL');
      await gone;
    },
  };
}
