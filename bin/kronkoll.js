#!/usr/bin/env node
// Entry point: runs the bundled CLI (built by `npm ci` through the prepare script).
import module from 'node:module';

// Node 22 and later keep the bundle's compiled code on disk (os.tmpdir()/node-compile-cache, or
// NODE_COMPILE_CACHE; NODE_DISABLE_COMPILE_CACHE=1 turns it off), so a run starts without
// compiling it again. The reading threads inherit the directory through the environment.
const cache = module.enableCompileCache?.();
if (cache?.directory && !process.env.NODE_COMPILE_CACHE) process.env.NODE_COMPILE_CACHE = cache.directory;

// The reading threads of an `extract` start first (the V8 flags set before them, which they
// share), and start up while this thread loads the rest of the CLI.
const early = await import('../dist/bundle/early-reads.mjs');
early.tierLater();
early.startReadsEarly(process.argv.slice(2));
const { main } = await import('../dist/bundle/kronkoll.mjs');
process.exitCode = await main(process.argv.slice(2));
