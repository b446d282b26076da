// Runs the CLI in a process of its own and prints its resident memory before reading and at
// its peak, so a test can see what one document cost the whole process.
import { main } from '../../src/cli/main.js';

const before = process.memoryUsage.rss();
let err = '';
const code = await main(process.argv.slice(2), { out: () => undefined, err: (t) => void (err += t), color: false });
console.log(JSON.stringify({ code, err, before, peak: process.resourceUsage().maxRSS * 1024 }));
