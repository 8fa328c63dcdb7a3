/** What one message costs on the AWS back ends, from its length and the configuration's prices. */
import type { TriageConfig } from './config.ts';

export interface MessageCost {
  detectPhiUnits: number;
  bedrockInputTokens: number;
  comprehendMedical: number;
  bedrock: number;
  /** With the configured back ends (a local one costs nothing). */
  configured: number;
  /** As if both ports ran on AWS. */
  allAws: number;
}

export function messageCost(chars: number, config: TriageConfig): MessageCost {
  const p = config.pricing;
  // DetectPHI bills 100-character units, one at least per request.
  const detectPhiUnits = Math.max(1, Math.ceil(chars / 100));
  const comprehendMedical = detectPhiUnits * p.comprehendMedicalPerUnit;
  const bedrockInputTokens = p.bedrockPromptTokens + chars / p.charsPerToken;
  const bedrock =
    (bedrockInputTokens / 1000) * p.bedrockInputPer1kTokens +
    (p.bedrockOutputTokens / 1000) * p.bedrockOutputPer1kTokens;
  const configured =
    (config.backends.redaction !== 'local' ? comprehendMedical : 0) +
    (config.backends.classifier === 'bedrock' ? bedrock : 0);
  return {
    detectPhiUnits,
    bedrockInputTokens,
    comprehendMedical,
    bedrock,
    configured,
    allAws: comprehendMedical + bedrock,
  };
}
