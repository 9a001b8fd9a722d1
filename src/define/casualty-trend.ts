/** Defines `<casualty-trend>`. Importing it twice, or next to the CDN bundle, is harmless. */
import { CasualtyTrend } from '../elements/casualty-trend/casualty-trend.js';
import { defineOnce } from '../internal/define.js';

defineOnce('casualty-trend', CasualtyTrend);

export { CasualtyTrend };
