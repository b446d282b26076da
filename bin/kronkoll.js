#!/usr/bin/env node
// Entry point: runs the bundled CLI (built by `npm ci` through the prepare script).
import module from 'node:module';

// Node 22 and later keep the bundle's compiled code on disk (os.tmpdir()/node-compile-cache, or
// NODE_COMPILE_CACHE; NODE_DISABLE_COMPILE_CACHE=1 turns it off), so a run starts without
// compiling it again. The reading threads inherit the directory through the environment.
const cache = module.enableCompileCache?.();
if (cache?.directory && !process.env.NODE_COMPILE_CACHE) process.env.NODE_COMPILE_CACHE = cache.directory;

const { main, tierLater } = await import('../dist/bundle/kronkoll.mjs');
tierLater();
process.exitCode = await main(process.argv.slice(2));
