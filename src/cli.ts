// Placeholder replaced by the CLI implementation.
process.stderr.write('framing-lens: not built yet\n');
process.exit(2);
