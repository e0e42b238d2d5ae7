import workerThreads from 'node:worker_threads';

export interface WorkflowThreadOptions {
  /** Old-space limit of the workflow thread's heap, MiB (0: Node's own, derived from the machine's memory). */
  heapMiB: number;
  /** The SDK's stack traces of workflows (the `__stack_trace` query, the Temporal UI's Stack Trace tab). */
  stackTraces: boolean;
}

/**
 * Runs `create` (the SDK's Worker.create) so that the workflow thread it starts gets these options. The SDK starts
 * that thread with no options of its own (it inherits the process's), so the thread class is swapped for the
 * duration of the call only.
 */
export async function withWorkflowThreadOptions<T>(
  options: WorkflowThreadOptions,
  create: () => Promise<T>,
): Promise<T> {
  const Original = workerThreads.Worker;
  const execArgv = options.stackTraces ? [] : ['--require', require.resolve('./workflow-thread-preload.cjs')];
  const resourceLimits = options.heapMiB > 0 ? { maxOldGenerationSizeMb: options.heapMiB } : undefined;
  if (!execArgv.length && !resourceLimits) return create();
  workerThreads.Worker = class extends Original {
    constructor(filename: string | URL, threadOptions?: workerThreads.WorkerOptions) {
      super(filename, {
        ...threadOptions,
        execArgv: [...(threadOptions?.execArgv ?? process.execArgv), ...execArgv],
        resourceLimits: { ...threadOptions?.resourceLimits, ...resourceLimits },
      });
    }
  };
  try {
    return await create();
  } finally {
    workerThreads.Worker = Original;
  }
}
