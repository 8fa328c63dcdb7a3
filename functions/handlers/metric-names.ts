/**
 * Metric names are part of the interface: the handlers emit exactly these (EMF, through
 * Powertools Metrics), and the CDK dashboard and alarms read exactly these. A test checks that
 * both sides use this list and nothing else. No AWS import here: lib/ reads it too.
 */
export const METRIC_NAMESPACE = 'PortalTriage';

export const METRICS = {
  // Webhook
  webhookAccepted: 'WebhookAccepted',
  webhookDuplicate: 'WebhookDuplicate',
  webhookRejected: 'WebhookRejected',
  // Triage: volume (dimension Bucket or Route), latency per stage, confidence, PHI, cost
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
  // Staff actions
  draftsApproved: 'DraftsApproved',
  draftsEdited: 'DraftsEdited',
  draftsRejected: 'DraftsRejected',
  reassigned: 'Reassigned',
  acknowledged: 'EscalationsAcknowledged',
  timeToAcknowledge: 'TimeToAcknowledgeSeconds',
  replyPublishFailed: 'ReplyPublishFailed',
  // Escalation watch (scheduled)
  oldestPendingEscalation: 'OldestPendingEscalationMinutes',
} as const;
export type MetricName = (typeof METRICS)[keyof typeof METRICS];

/** Dimensions, beyond Powertools' `service`. */
export const DIMENSIONS = { bucket: 'Bucket', route: 'Route', reason: 'Reason' } as const;

/** The values each dimension takes: the dashboard draws one line per value. */
export const DIMENSION_VALUES = {
  Bucket: ['refill', 'symptom', 'billing', 'scheduling', 'other'],
  Route: ['draft', 'review', 'escalate'],
  Reason: ['redaction-failed', 'error', 'timeout', 'throttled', 'invalid-output'],
} as const;

/** Which metric carries which dimension (the others carry only `service`). */
export const METRIC_DIMENSIONS: Partial<Record<MetricName, keyof typeof DIMENSION_VALUES>> = {
  MessagesTriaged: 'Bucket',
  MessagesRouted: 'Route',
  Fallbacks: 'Reason',
  // The bucket the pipeline chose: with MessagesTriaged, the staff override rate per bucket.
  DraftsEdited: 'Bucket',
  Reassigned: 'Bucket',
};

/** Powertools `service` per function: a metric's identity includes it. */
export const SERVICES = {
  webhook: 'portal-triage-webhook',
  triage: 'portal-triage-triage',
  staffApi: 'portal-triage-staff-api',
  escalationWatch: 'portal-triage-escalation-watch',
} as const;

type Service = (typeof SERVICES)[keyof typeof SERVICES];
/** The function that emits each metric: the dashboard needs its `service` dimension. */
export const METRIC_SERVICE: Record<MetricName, Service> = {
  WebhookAccepted: SERVICES.webhook,
  WebhookDuplicate: SERVICES.webhook,
  WebhookRejected: SERVICES.webhook,
  MessagesTriaged: SERVICES.triage,
  MessagesRouted: SERVICES.triage,
  Escalations: SERVICES.triage,
  Fallbacks: SERVICES.triage,
  Confidence: SERVICES.triage,
  PhiEntitiesPerMessage: SERVICES.triage,
  RedactLatency: SERVICES.triage,
  RulesLatency: SERVICES.triage,
  ClassifyLatency: SERVICES.triage,
  TriageLatency: SERVICES.triage,
  EstimatedCostMicroUsd: SERVICES.triage,
  DraftsApproved: SERVICES.staffApi,
  DraftsEdited: SERVICES.staffApi,
  DraftsRejected: SERVICES.staffApi,
  Reassigned: SERVICES.staffApi,
  EscalationsAcknowledged: SERVICES.staffApi,
  TimeToAcknowledgeSeconds: SERVICES.staffApi,
  ReplyPublishFailed: SERVICES.staffApi,
  OldestPendingEscalationMinutes: SERVICES.escalationWatch,
};
