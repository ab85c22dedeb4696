// npm run bench (placeholder until the benchmark lands).
process.stdout.write('bench\n');
