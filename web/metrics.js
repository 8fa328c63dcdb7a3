/**
 * The metric names and dimension values the dashboard reads: a copy of
 * functions/handlers/metric-names.ts for the browser (no build step, so it cannot import it).
 * test/e2e/staff-ui.test.ts checks that this copy and that file agree.
 */
export const METRICS = {
  webhookAccepted: 'WebhookAccepted',
  webhookDuplicate: 'WebhookDuplicate',
  webhookRejected: 'WebhookRejected',
  triaged: 'MessagesTriaged',
  routed: 'MessagesRouted',
  escalations: 'Escalations',
  fallbacks: 'Fallbacks',
  confidence: 'Confidence',
  phiEntities: 'PhiEntitiesPerMessage',
  redactLatency: 'RedactLatency',
  rulesLatency: 'RulesLatency',
  classifyLatency: 'ClassifyLatency',
  triageLatency: 'TriageLatency',
  estimatedCost: 'EstimatedCostMicroUsd',
  draftsApproved: 'DraftsApproved',
  draftsEdited: 'DraftsEdited',
  draftsRejected: 'DraftsRejected',
  reassigned: 'Reassigned',
  acknowledged: 'EscalationsAcknowledged',
  timeToAcknowledge: 'TimeToAcknowledgeSeconds',
  replyPublishFailed: 'ReplyPublishFailed',
  oldestPendingEscalation: 'OldestPendingEscalationMinutes',
};

export const DIMENSION_VALUES = {
  Bucket: ['refill', 'symptom', 'billing', 'scheduling', 'other'],
  Route: ['draft', 'review', 'escalate'],
  Reason: ['redaction-failed', 'error', 'timeout', 'throttled', 'invalid-output'],
};

export const METRIC_DIMENSIONS = {
  MessagesTriaged: 'Bucket',
  MessagesRouted: 'Route',
  Fallbacks: 'Reason',
  DraftsEdited: 'Bucket',
  Reassigned: 'Bucket',
};
