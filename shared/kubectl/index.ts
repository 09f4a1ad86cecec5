/** What the kubectl panel shows: the commands for a Pod and the `kubectl get pods` line. */
export { kubectlCommands, shellQuote } from './commands';
export type { KubectlCommand, KubectlCommandInput } from './commands';
export { kubectlGetPodsRow, kubectlGetPodsTable, humanDuration } from './get-pods';
export type { GetPodsRow } from './get-pods';
