#!/usr/bin/env node
// The compiled program lives in dist/; `npm install` builds it through the `prepare` script.
import('../dist/main.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
    console.error('tramit: the program is not built yet. Run `npm run build` in the tramit folder.');
    process.exitCode = 1;
    return;
  }
  throw error;
});
