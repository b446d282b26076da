// The CLI from the sources in a process of its own, with the process's own standard input,
// output and error: for tests that pipe a document into `kronkoll … -`.
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
