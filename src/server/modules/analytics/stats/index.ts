// The statistics of training proof (issue 22), pure and database-free; import from here.
export { zFor, normalCdf, normalQuantile, chiSquareTail, confidenceLevel } from './normal.js';
export { kaplanMeier, survivalAt, logRank, type Subject, type SurvivalStep, type LogRankResult } from './survival.js';
export { wilson } from './rates.js';
export { diffInDiff, type BeforeAfter, type DiffInDiff } from './did.js';
export {
  shrinkMeans,
  shrinkRates,
  rankWhereSeparate,
  betaQuantile,
  type Shrunk,
  type MeanGroup,
  type RateGroup,
  type RankItem,
} from './shrink.js';
