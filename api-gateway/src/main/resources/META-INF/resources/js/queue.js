// Runs at most `limit` tasks at once, in the order they were added. Two is enough to keep a
// worker busy (one uploads while the other is processed) without flooding a shared server.

/** A first-in-first-out task runner with a fixed concurrency. */
export class TaskQueue {
  constructor(limit) {
    this.limit = limit;
    this.running = 0;
    this.waiting = [];
  }

  /** Queues `task` (an async function); resolves or rejects with its outcome. */
  add(task) {
    return new Promise((resolve, reject) => {
      this.waiting.push({ task, resolve, reject });
      this.next();
    });
  }

  /** Drops a task that has not started yet; returns whether it was found. */
  cancel(task) {
    const index = this.waiting.findIndex((entry) => entry.task === task);
    if (index < 0) return false;
    this.waiting.splice(index, 1);
    return true;
  }

  next() {
    while (this.running < this.limit && this.waiting.length > 0) {
      const { task, resolve, reject } = this.waiting.shift();
      this.running++;
      Promise.resolve()
        .then(task)
        .then(resolve, reject)
        .finally(() => {
          this.running--;
          this.next();
        });
    }
  }
}
