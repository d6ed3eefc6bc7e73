import { beforeEach } from 'vitest';
import { setInterfaceLanguage } from '../../src/i18n/index.js';

// Test files of a project without isolation share loaded modules: each test starts in the interface
// language a fresh process would have, whatever the file before it set.
beforeEach(() => {
  setInterfaceLanguage('en');
});
