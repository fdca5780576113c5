// Under tsx (tests, `npm run` scripts), a worker thread does not inherit tsx's loader: this file
// loads the TypeScript worker through tsx's API. The built CLI uses dist/cli-worker.js instead.
import { tsImport } from 'tsx/esm/api';

const mod = await tsImport('./worker.ts', import.meta.url);
export default mod.default;
