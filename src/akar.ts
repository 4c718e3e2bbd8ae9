// Where kbk's built files are: dist/ beside package.json. Worker threads start from files here
// (the bundle's worker entries, scripts/bundel.mjs). This module sits at the top of src/ and of
// dist/, as the bundle's files do, so `./` is dist/ whether it runs built, bundled, or as
// TypeScript source under the test runner (which runs the workers from the built dist/).
export const DIST = new URL(import.meta.url.endsWith('.ts') ? '../dist/' : './', import.meta.url);
