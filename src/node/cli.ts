// weekly-report CLI (placeholder until the Node shell lands).
process.stdout.write('weekly-report\n');
