// The web paths of quality work (issue 26). A home item and the notice about the same work carry
// the same path, so settling it (lib/notify.ts settleNotices) clears the bell when the work is done.
export const evaluationLink = (evaluationId: string) => `/quality/evaluations/${evaluationId}`;
export const disputeLink = (disputeId: string) => `/quality/disputes/${disputeId}`;
export const calibrationLink = (sessionId: string) => `/quality/calibrations/${sessionId}`;
