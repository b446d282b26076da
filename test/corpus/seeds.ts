import { loadDocument } from '../../src/document/load.js';
import type { Document } from '../../src/model/document.js';

export const SEED = {
  decision: 'corpus/000_cc938031a1688a8c.txt',
  sector: 'corpus/001_e7b5af15c7845b07.txt',
  closeCare: 'corpus/002_1364b70c4248b79d.txt',
  agreement: 'corpus/003_6c5901d824c186aa.txt',
  press: 'corpus/004_8696a5bf70867187.txt',
} as const;

export const load = (file: string): Promise<Document> => loadDocument(file);
