// The shapes the quality journey (e2e/quality.e2e.ts) reads from the API.
export interface Me {
  id: string;
  name: string;
  employeeId: string | null;
}

export interface Person {
  id: string;
  name: string;
  teamName: string;
  supervisorName: string | null;
}

export interface Sample {
  id: string;
  agentId: string;
  interactionId: string;
  channel: string;
  status: string;
  assignedUserId: string | null;
}

export interface Facts {
  direction: string;
  channel: string;
}
