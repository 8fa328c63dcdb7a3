/**
 * Installs the English issue messages that full `zod` loads by default and zod/mini does not
 * (without them every issue reads "Invalid input"); describeIssues shows them to senders and
 * operators. The setting is global: schemas.ts imports this module, so does any module that
 * builds zod schemas without importing schemas.ts.
 */
import { en } from 'zod/locales';
import { config } from 'zod/mini';

config(en());
