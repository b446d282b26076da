import { beforeEach } from 'vitest';
import { loadLang, setLang } from '../../src/messages/index.js';

// Test files share their module instances (vitest runs with isolate off, for speed), so the
// message language one test sets must not reach the next: every test starts in Swedish.
beforeEach(() => setLang('sv'));
// Tests switch to English without the CLI, which loads a run's language first.
await loadLang('en');
