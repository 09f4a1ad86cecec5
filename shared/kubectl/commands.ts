import type { ContainerRole } from '../manifest/types';

export interface KubectlCommandInput {
  podName: string;
  /** The Pod's `metadata.namespace`; no `-n` flag when it is unset. */
  namespace?: string | null;
  /** The manifest's file name, for `kubectl apply -f`. */
  fileName: string;
  containers: readonly {
    name: string;
    role: ContainerRole;
    /** Its volume mounts: `kubectl cp` copies from a path that exists in the Pod. */
    mounts?: readonly { mountPath: string }[];
  }[];
}

export interface KubectlCommand {
  title: string;
  command: string;
  explanation: string;
}

const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * One shell word for a POSIX shell: left bare when it holds nothing the shell would interpret,
 * otherwise single-quoted (a single quote inside becomes `'\''`).
 */
export function shellQuote(word: string): string {
  if (SAFE_WORD.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

function join(words: readonly string[]): string {
  return words.join(' ');
}

/**
 * The lesson's everyday kubectl commands, filled in for this Pod: apply, list, describe, logs
 * (main container, each sidecar, each init container, the previous run), exec, cp and events.
 */
export function kubectlCommands(input: KubectlCommandInput): KubectlCommand[] {
  const pod = shellQuote(input.podName);
  const ns = input.namespace ? input.namespace : null;
  const nsFlag = ns ? ['-n', shellQuote(ns)] : [];
  const sidecars = input.containers.filter(
    (c) => c.role === 'sidecar' || c.role === 'native-sidecar',
  );
  const inits = input.containers.filter((c) => c.role === 'init');
  const copy = copyFrom(input.containers);
  const copySource = shellQuote(`${ns ? `${ns}/` : ''}${input.podName}:${copy.path}`);

  const commands: KubectlCommand[] = [
    {
      title: 'Create or update the Pod',
      command: join(['kubectl', 'apply', '-f', shellQuote(input.fileName)]),
      explanation:
        'Sends the manifest to the API server. The namespace comes from the manifest ' +
        '(metadata.namespace), or your current context when it has none.',
    },
    {
      title: 'List Pods with their Node and IP',
      command: join(['kubectl', 'get', 'pods', ...nsFlag, '-o', 'wide']),
      explanation:
        'STATUS shows the phase or the reason a container waits (Init:0/1, CrashLoopBackOff…); ' +
        'RESTARTS counts container restarts. -A lists every namespace.',
    },
    {
      title: 'Describe the Pod',
      command: join(['kubectl', 'describe', 'pod', pod, ...nsFlag]),
      explanation:
        'The full spec and status: each container’s state and last state with its reason and ' +
        'exit code, the conditions, and the recent events. The most useful debugging command.',
    },
    {
      title: 'Stream the main container’s logs',
      command: join(['kubectl', 'logs', '-f', pod, ...nsFlag]),
      explanation:
        'Without -c, kubectl picks the container named by the kubectl.kubernetes.io/' +
        'default-container annotation, else the first one.',
    },
    ...sidecars.map((c) => ({
      title: `Stream the ${c.name} sidecar’s logs`,
      command: join(['kubectl', 'logs', '-f', pod, '-c', shellQuote(c.name), ...nsFlag]),
      explanation: '-c picks one container of a multi-container Pod.',
    })),
    ...inits.map((c) => ({
      title: `Read the ${c.name} init container’s logs`,
      command: join(['kubectl', 'logs', pod, '-c', shellQuote(c.name), ...nsFlag]),
      explanation:
        'When the Pod is stuck in Init:Error or Init:CrashLoopBackOff, this shows why the init ' +
        'container failed.',
    })),
    {
      title: 'Logs of the previous (crashed) run',
      command: join(['kubectl', 'logs', pod, '--previous', ...nsFlag]),
      explanation:
        'In CrashLoopBackOff the current container is waiting to restart: the crash is in the ' +
        'previous instance’s logs.',
    },
    ...inits.map((c) => ({
      title: `Logs of the ${c.name} init container’s previous run`,
      command: join(['kubectl', 'logs', pod, '-c', shellQuote(c.name), '--previous', ...nsFlag]),
      explanation:
        'In Init:CrashLoopBackOff the init container waits to be retried: its last failure is ' +
        'in the previous run’s logs.',
    })),
    {
      title: 'Open a shell in the container',
      command: join(['kubectl', 'exec', '-it', pod, ...nsFlag, '--', '/bin/sh']),
      explanation:
        'Runs a command inside the running container. Everything after -- is the command; the ' +
        'image must contain it (distroless images have no shell).',
    },
    {
      title: 'Copy files out of the Pod',
      command: join([
        'kubectl',
        'cp',
        copySource,
        shellQuote(copy.target),
        ...(copy.container ? ['-c', shellQuote(copy.container)] : []),
      ]),
      explanation:
        `Copies ${copy.what} for offline inspection; the source is <namespace>/<pod>:<path>, ` +
        'and -c picks the container. It needs tar in the container image.',
    },
    {
      title: 'List the events, oldest first',
      command: join(['kubectl', 'get', 'events', ...nsFlag, "--sort-by='.lastTimestamp'"]),
      explanation:
        'Scheduled, Pulling, Pulled, Created, Started, Unhealthy, Killing, BackOff: the ' +
        'scheduler’s and the kubelet’s story of the Pod.',
    },
    {
      title: 'Watch events as they happen',
      command: join(['kubectl', 'get', 'events', ...nsFlag, '--watch']),
      explanation:
        'Prints each event as it arrives, during a deploy. (A watch is not sorted: --sort-by ' +
        'applies to a list, not to a watch.)',
    },
  ];
  return commands;
}

/**
 * What `kubectl cp` copies: a directory the Pod mounts (the main container's first mount, else
 * a sidecar's, with `-c`), or `/etc/hosts`, which the kubelet writes into every container.
 */
function copyFrom(containers: KubectlCommandInput['containers']): {
  path: string;
  target: string;
  container: string | null;
  what: string;
} {
  const app = containers.filter((c) => c.role === 'main' || c.role === 'sidecar');
  const owner = [...app]
    .sort((a, b) => Number(b.role === 'main') - Number(a.role === 'main'))
    .find((c) => (c.mounts ?? []).some((m) => m.mountPath.startsWith('/')));
  const mount = owner?.mounts?.find((m) => m.mountPath.startsWith('/'));
  if (!owner || !mount)
    return { path: '/etc/hosts', target: './hosts', container: null, what: 'the Pod’s /etc/hosts' };
  const path = mount.mountPath.replace(/\/+$/, '') || '/';
  const base = path.slice(path.lastIndexOf('/') + 1) || 'root';
  return {
    path,
    target: `./${base}`,
    container: owner.role === 'main' ? null : owner.name,
    what: `the ${path} volume mount of ${owner.name}`,
  };
}
