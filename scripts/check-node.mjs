// Usage: node scripts/check-node.mjs
// Run first by every npm script. The scripts are TypeScript that Node runs directly, and Astro needs
// a recent Node; on an older one they die with ERR_UNKNOWN_FILE_EXTENSION ".ts" or a stack trace.
// This file is plain JavaScript with nothing newer than Node 12 can parse, so an old Node reaches
// the one sentence that says what to do instead.
import { fileURLToPath } from 'node:url';

/** The oldest Node the build runs on: Astro's `engines.node` (a unit test keeps the two equal). */
export const MINIMUM = '22.23.4';

/**
 * Why `version` ("v20.20.2") cannot run the project's scripts, as one sentence naming the fix, or
 * undefined when it can.
 */
export function nodeProblem(version) {
  const have = version.replace(/^v/, '').split('.').map(Number);
  const need = MINIMUM.split('.').map(Number);
  for (let i = 0; i < need.length; i++) {
    if ((have[i] || 0) > need[i]) return undefined;
    if ((have[i] || 0) < need[i]) {
      const found = version.replace(/^v/, '');
      return `This project needs Node ${MINIMUM} or newer but \`npm run\` found Node ${found}: run \`npm ci\` (or \`npm install\`) with install scripts allowed, so that the \`node\` package brings Node 24 to every npm script, or put Node 24 first on PATH yourself (\`nvm use\` reads .nvmrc).`;
    }
  }
  return undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problem = nodeProblem(process.version);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
