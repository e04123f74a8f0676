// Times `astro build` (site + Pagefind index) several times and prints the median.
// Usage: node test/bench/build-time.mjs [runs=3]
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const runs = Number(process.argv[2] ?? 3);
const times = [];
for (let i = 0; i < runs; i++) {
	const start = performance.now();
	execFileSync(process.execPath, ['node_modules/astro/astro.js', 'build'], {
		cwd: root,
		stdio: 'ignore',
	});
	times.push(Math.round(performance.now() - start));
}
times.sort((a, b) => a - b);
console.log(
	`astro build + pagefind, ${runs} runs: ${times.join(', ')} ms; median ${times[Math.floor(runs / 2)]} ms`,
);
