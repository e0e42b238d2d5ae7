// Loaded into the worker's workflow thread when stack traces are off (WORKER_STACK_TRACES=false): the SDK then
// installs no promise hook, which captured a stack trace for every promise a workflow creates (a third of the
// thread's CPU when opening cases), and a case's stack-trace query answers that traces are not enabled.
const { isMainThread } = require('node:worker_threads');
if (!isMainThread) {
  const { globalHandlers } = require('@temporalio/worker/lib/workflow/vm-shared');
  globalHandlers.setPromiseHook = () => {};
}
