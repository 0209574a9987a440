// The server's clock for exams: deadlines are kept here, never by the browser. Tests move it
// (setExamClock) to prove that a late save is refused without waiting for a real time limit.
let clock: () => number = () => Date.now();

export const examNowMs = () => clock();
export const examNow = () => new Date(clock());
export const examNowIso = () => new Date(clock()).toISOString();

/** For tests: a fixed or shifted clock; call with no argument to go back to real time. */
export function setExamClock(fn?: () => number) {
  clock = fn ?? (() => Date.now());
}
