// The shared fixture rows of the analytics tests (issue 22), one import for every part's kit.
export * from './records-people.testkit.js';
export * from './records-quality.testkit.js';
export * from './records-training.testkit.js';
