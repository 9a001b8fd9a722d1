/**
 * Importing this module makes every validation message available at once: for
 * code that reads `Issue.message` right after parsing (the npm entry's parse
 * functions, the server renderer, the builder). Elements on their own load the
 * messages when their first problem appears (issue-texts.ts).
 */
import { enIssues } from './en-issues.js';
import { installIssueTexts } from './issue-texts.js';

installIssueTexts(enIssues);
