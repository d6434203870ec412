#!/usr/bin/env node
// Cuts out photos through Cutout's inference workers, talking AMQP to RabbitMQ directly: one job per
// photo, published as inference-worker/MESSAGING.md ("Contract version 1") describes, its events
// printed one line each, its result PNG written to the output folder. Exits 1 if any job failed.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import amqp from 'amqplib';

const CONTRACT_VERSION = 1;
const JOBS_EXCHANGE = 'cutout.jobs';
const JOBS_ROUTING_KEY = 'job';
// The job's own queue keeps only its latest message and disappears once unused for the retention.
const RETENTION_MS = 15 * 60 * 1000;
const JOB_QUEUE_ARGUMENTS = {
  'x-max-length': 1,
  'x-overflow': 'drop-head',
  'x-message-ttl': RETENTION_MS,
  'x-expires': RETENTION_MS,
};
// Informational: the worker detects the format from the bytes.
const CONTENT_TYPES = {
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.gif': 'image/gif',
  '.bmp': 'image/bmp', '.tif': 'image/tiff', '.tiff': 'image/tiff', '.heic': 'image/heic', '.avif': 'image/avif',
};
const USAGE = `usage: node cutout-amqp.js [--broker amqp://user:password@host:port[/vhost]] [-o OUTDIR]
                          [--timeout SECONDS] PHOTO...`;

function options() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      broker: { type: 'string', default: process.env.CUTOUT_BROKER ?? 'amqp://guest:guest@127.0.0.1:5672' },
      out: { type: 'string', short: 'o', default: '.' },
      timeout: { type: 'string', default: '600' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const timeout = Number(values.timeout);
  if (values.help || positionals.length === 0 || !(timeout > 0)) {
    console.error(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  return { broker: values.broker, outDir: values.out, timeoutMs: timeout * 1000, photos: positionals };
}

/**
 * One photo's job: its id and queue; `messages`, its events handled one after the other once the
 * broker confirmed the job; `finished`, settled once: true when done, false when failed.
 */
class Job {
  constructor(photo, outDir) {
    this.photo = photo;
    this.name = path.basename(photo);
    this.id = randomUUID();
    this.queue = `cutout.job.${this.id}`;
    this.output = path.join(outDir, `${path.parse(photo).name}_no_bg.png`);
    this.over = false;
    this.messages = new Promise((resolve) => { this.confirmed = resolve; });
    this.finished = new Promise((resolve) => { this.resolve = resolve; });
  }

  print(text) {
    if (!this.over) {
      console.log(`${this.name}: ${text}`);
    }
  }

  end(ok, text) {
    this.print(text);
    this.over = true;
    this.resolve(ok);
  }

  /** The worker's FAILED event: its error code and message. */
  fail(failure) {
    this.end(false, `failed ${failure.code}: ${failure.message}`);
  }

  /** A job that failed on this side: not submitted, no answer, or the broker refused it. */
  abort(why) {
    this.end(false, `failed: ${why}`);
  }
}

/** Declares the job's queue, listens to it, then publishes the job and waits for the broker's confirm. */
async function submit(channel, job) {
  const image = await readFile(job.photo);
  await channel.assertQueue(job.queue, { durable: true, arguments: JOB_QUEUE_ARGUMENTS });
  // Listen before publishing: the queue keeps only the latest message, and nothing may be missed.
  await channel.consume(job.queue, (message) => {
    job.messages = job.messages.then(() => onMessage(job, message)).catch((error) => job.abort(error.message));
  }, { noAck: true });
  await new Promise((resolve, reject) => {
    channel.publish(JOBS_EXCHANGE, JOBS_ROUTING_KEY, image, {
      messageId: job.id,
      replyTo: job.queue,
      contentType: CONTENT_TYPES[path.extname(job.photo).toLowerCase()] ?? 'application/octet-stream',
      persistent: true,
      timestamp: Math.floor(Date.now() / 1000),
      mandatory: true,
      headers: { 'cutout-version': CONTRACT_VERSION, 'cutout-file-name': job.name },
    }, (error) => (error ? reject(error) : resolve()));
  });
  job.print(`queued (job ${job.id})`);
  job.confirmed();
}

/** An event, or at the end the result: header cutout-event is the event's JSON either way. */
async function onMessage(job, message) {
  if (message === null) {
    job.abort(`queue ${job.queue} was deleted`);
    return;
  }
  const event = JSON.parse(message.properties.headers['cutout-event']);
  const status = event.status.toLowerCase();
  if (event.status === 'DONE') {
    await writeFile(job.output, message.content);
    job.end(true, `${status} ${event.progress}% -> ${job.output}${quality(event.quality)}`);
  } else if (event.status === 'FAILED') {
    job.fail(event.failure);
  } else {
    job.print(`${status} ${event.progress}%`);
  }
}

function quality(report) {
  if (!report) {
    return '';
  }
  const runs = `${report.modelRuns} model run${report.modelRuns === 1 ? '' : 's'}`;
  return ` (${report.chosen}, ${runs}${report.doubt ? `, ${report.doubt}` : ''})`;
}

/** The job's last event, or a failure once `ms` passed without one. */
function settled(job, ms) {
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => {
      job.abort(`no done or failed event within ${ms / 1000} s (is a worker running?)`);
      resolve(false);
    }, ms);
  });
  return Promise.race([job.finished, timeout]).finally(() => clearTimeout(timer));
}

async function main() {
  const { broker, outDir, timeoutMs, photos } = options();
  await mkdir(outDir, { recursive: true });
  const connection = await amqp.connect(broker);
  try {
    const channel = await connection.createConfirmChannel();
    const jobs = photos.map((photo) => new Job(photo, outDir));
    const byId = new Map(jobs.map((job) => [job.id, job]));
    // With mandatory set, a job no queue takes comes back here instead of vanishing.
    channel.on('return', (message) => {
      byId.get(message.properties.messageId)?.abort(`no queue is bound to exchange ${JOBS_EXCHANGE}`);
    });
    // The broker closes the channel on errors such as a missing exchange; every open job fails with it.
    channel.on('error', (error) => jobs.forEach((job) => job.abort(error.message)));
    for (const job of jobs) {
      await submit(channel, job).catch((error) => job.abort(`cannot submit: ${error.message}`));
    }
    const done = await Promise.all(jobs.map((job) => settled(job, timeoutMs)));
    // The queues are ours and their results read; a fresh channel, in case the broker closed the first.
    const cleanup = await connection.createChannel();
    for (const job of jobs) {
      await cleanup.deleteQueue(job.queue);
    }
    return done.every(Boolean) ? 0 : 1;
  } finally {
    await connection.close().catch(() => {});
  }
}

main().then((code) => { process.exitCode = code; }, (error) => {
  console.error(`cutout-amqp: ${error.message}`);
  process.exitCode = 2;
});
