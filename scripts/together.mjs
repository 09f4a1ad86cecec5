// Runs npm scripts at the same time and fails if any fails: `node scripts/together.mjs typecheck lint`.
// `npm test` checks types and lint this way: tsc waits on one core while ESLint and Prettier use
// the other (about 35 s together on a 2-core machine, against about 58 s one after the other).
// Each script's output is printed whole when it ends, so that the two never interleave.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('usage: node scripts/together.mjs <npm script>...');
  process.exit(2);
}

function run(name) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('npm', ['run', name], { shell: process.platform === 'win32' });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code) => {
      process.stdout.write(Buffer.concat(output));
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `npm run ${name}: ${code === 0 ? 'passed' : `failed (${code})`} in ${seconds} s\n`,
      );
      resolve(code === 0);
    });
  });
}

const passed = await Promise.all(names.map(run));
process.exit(passed.every(Boolean) ? 0 : 1);
