// The distributed app on the real local RabbitMQ, as `./cutout run --distributed` runs it: a gateway (module
// api-gateway, the page and the API) and a worker (module inference-worker, the model) on a virtual host of
// their own, so a test can kill and restart the gateway while the worker carries on.

import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { REPO_ROOT, startApp } from './app.js';

const GATEWAY_JAR = join(REPO_ROOT, 'api-gateway', 'target', 'quarkus-app', 'quarkus-run.jar');
const WORKER_JAR = join(REPO_ROOT, 'inference-worker', 'target', 'quarkus-app', 'quarkus-run.jar');
const BROKER = { host: '127.0.0.1', port: '5672', user: 'guest', password: 'guest' };

function rabbitmqctl(...args) {
  execFileSync('rabbitmqctl', args, { stdio: 'pipe', timeout: 60_000 });
}

/**
 * A fresh virtual host with a worker on it (`model`: small or medium); resolves with
 * {startGateway({port, logName}), worker, close()} once the worker is ready.
 */
export async function startBrokerApps({ model = 'small', name = 'restart' } = {}) {
  const vhost = `cutout-web-test-${name}-${randomUUID()}`;
  rabbitmqctl('add_vhost', vhost);
  rabbitmqctl('set_permissions', '-p', vhost, BROKER.user, '.*', '.*', '.*');
  const workerEnv = {
    RABBITMQ_HOST: BROKER.host, RABBITMQ_PORT: BROKER.port, RABBITMQ_USERNAME: BROKER.user,
    RABBITMQ_PASSWORD: BROKER.password, RABBITMQ_VIRTUAL_HOST: vhost, CUTOUT_MODEL: model,
  };
  const gatewayEnv = {
    CUTOUT_GATEWAY_RABBITMQ_HOST: BROKER.host, CUTOUT_GATEWAY_RABBITMQ_PORT: BROKER.port,
    CUTOUT_GATEWAY_RABBITMQ_USERNAME: BROKER.user, CUTOUT_GATEWAY_RABBITMQ_PASSWORD: BROKER.password,
    CUTOUT_GATEWAY_RABBITMQ_VIRTUAL_HOST: vhost,
  };
  let worker;
  try {
    worker = await startApp(workerEnv, {
      jar: WORKER_JAR, portVariable: 'QUARKUS_HTTP_PORT', logName: `web-tests-${name}-worker.log`,
    });
  } catch (error) {
    rabbitmqctl('delete_vhost', vhost);
    throw error;
  }
  return {
    worker,
    /** A gateway on this virtual host; `port`: the port an earlier gateway had (the page keeps its address). */
    startGateway({ port = null, logName = `web-tests-${name}-gateway.log` } = {}) {
      return startApp(gatewayEnv, { jar: GATEWAY_JAR, port, logName });
    },
    async close() {
      await worker.stop();
      rabbitmqctl('delete_vhost', vhost);
    },
  };
}
