#!/usr/bin/env node
// Entry point: runs the bundled CLI (built by `npm ci` through the prepare script).
import { main } from '../dist/bundle/kronkoll.mjs';

process.exitCode = await main(process.argv.slice(2));
