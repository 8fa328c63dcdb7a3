/** Least privilege: what each function's role may do, read from the synthesized policies. */
import { Stack } from 'aws-cdk-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FunctionName } from '../../../functions/handlers/env.ts';
import { bedrockModelArns } from '../../../lib/bindings.ts';
import { logicalId, resourcesOf, type Statement, type Synthesized, statementsOfRole, synthesize } from './synth.ts';

const ROLE_PREFIX: Record<FunctionName, string> = {
  webhook: 'WebhookRole',
  triage: 'TriageRole',
  staffApi: 'StaffApiRole',
  escalationWatch: 'EscalationWatchRole',
};
const MODEL = 'us.anthropic.claude-haiku-4-5-20251001-v1:0';
const GUARDRAIL = { id: 'abc123def456', version: '3' };

function statements(s: Synthesized, fn: FunctionName): Statement[] {
  return statementsOfRole(s.statelessTemplate, logicalId(s.statelessTemplate, 'AWS::IAM::Role', ROLE_PREFIX[fn]));
}
const actionsOf = (st: Statement[]) => st.flatMap((x) => x.Action);
const touches = (st: Statement[], importName: string) => st.some((x) => x.Resource.some((r) => r.includes(importName)));

describe('function roles, with every backend on (Comprehend Medical and Bedrock)', () => {
  let s: Synthesized;
  beforeAll(() => {
    s = synthesize({ deploy: { bedrock: { modelId: MODEL, promptVersion: 'triage-v1', guardrail: GUARDRAIL } } });
  });

  it('lets only the triage function call Bedrock and Comprehend Medical', () => {
    for (const fn of Object.keys(ROLE_PREFIX) as FunctionName[]) {
      const services = actionsOf(statements(s, fn)).filter((a) => /^(bedrock|comprehendmedical):/.test(a));
      if (fn === 'triage') {
        expect(services.sort()).toEqual([
          'bedrock:ApplyGuardrail',
          'bedrock:InvokeModel',
          'comprehendmedical:DetectPHI',
        ]);
      } else {
        expect(services, fn).toEqual([]);
      }
    }
    // No other role in either stack either (API Gateway, Scheduler, Backup).
    for (const t of [s.statefulTemplate, s.statelessTemplate]) {
      for (const [id] of resourcesOf(t, 'AWS::IAM::Role')) {
        if (id.startsWith(ROLE_PREFIX.triage)) continue;
        expect(
          actionsOf(statementsOfRole(t, id)).filter((a) => /^(bedrock|comprehendmedical)/.test(a)),
          id,
        ).toEqual([]);
      }
    }
  });

  it('invokes exactly the configured model: the inference profile here and its foundation model in any Region', () => {
    const invoke = statements(s, 'triage').filter((x) => x.Action.includes('bedrock:InvokeModel'));
    expect(invoke).toHaveLength(1);
    expect(invoke[0]?.Action).toEqual(['bedrock:InvokeModel']);
    expect(invoke[0]?.Resource.sort()).toEqual(
      [
        `arn:<AWS::Partition>:bedrock:<AWS::Region>:<AWS::AccountId>:inference-profile/${MODEL}`,
        'arn:<AWS::Partition>:bedrock:*::foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0',
      ].sort(),
    );
  });

  it('applies only the configured guardrail', () => {
    const apply = statements(s, 'triage').filter((x) => x.Action.includes('bedrock:ApplyGuardrail'));
    expect(apply.flatMap((x) => x.Resource)).toEqual([
      `arn:<AWS::Partition>:bedrock:<AWS::Region>:<AWS::AccountId>:guardrail/${GUARDRAIL.id}`,
    ]);
  });

  it('gives DetectPHI its `*` (it has no resource-level permissions) and nothing else', () => {
    const phi = statements(s, 'triage').filter((x) => x.Action.some((a) => a.startsWith('comprehendmedical:')));
    expect(phi).toEqual([expect.objectContaining({ Action: ['comprehendmedical:DetectPHI'], Resource: ['*'] })]);
  });

  it('keeps the webhook off the triage table: it may only enqueue, dedupe and read its secret', () => {
    const st = statements(s, 'webhook');
    const table = logicalId(s.statefulTemplate, 'AWS::DynamoDB::Table', 'Table');
    const idempotencyTable = logicalId(s.statefulTemplate, 'AWS::DynamoDB::Table', 'IdempotencyTable');
    expect(touches(st, table)).toBe(false);
    expect(actionsOf(st).filter((a) => a.startsWith('sqs:'))).toEqual(['sqs:SendMessage']);
    expect(
      actionsOf(st)
        .filter((a) => a.startsWith('dynamodb:'))
        .sort(),
    ).toEqual(['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'].sort());
    expect(touches(st, idempotencyTable)).toBe(true);
    expect(actionsOf(st)).toContain('secretsmanager:GetSecretValue');
  });

  it('lets the escalation watch read the table and write nothing', () => {
    const actions = actionsOf(statements(s, 'escalationWatch'));
    expect(actions.filter((a) => /^dynamodb:(Put|Update|Delete|BatchWrite)/.test(a))).toEqual([]);
    expect(actions).toContain('dynamodb:Query');
    expect(actions.filter((a) => a.startsWith('kms:'))).toEqual(['kms:Decrypt']);
    expect(actions.filter((a) => /^(sqs|events|secretsmanager):/.test(a))).toEqual([]);
  });

  it('lets only the staff API put events, on the one bus', () => {
    const bus = logicalId(s.statefulTemplate, 'AWS::Events::EventBus', 'Bus');
    for (const fn of Object.keys(ROLE_PREFIX) as FunctionName[]) {
      const put = statements(s, fn).filter((x) => x.Action.includes('events:PutEvents'));
      if (fn === 'staffApi') expect(put.flatMap((x) => x.Resource)).toEqual([expect.stringContaining(bus)]);
      else expect(put, fn).toEqual([]);
    }
  });

  it('never scans the table, and names the queue index rather than every index', () => {
    for (const fn of Object.keys(ROLE_PREFIX) as FunctionName[]) {
      const st = statements(s, fn);
      expect(actionsOf(st), fn).not.toContain('dynamodb:Scan');
      expect(
        st.flatMap((x) => x.Resource).filter((r) => r.includes('/index/')),
        fn,
      ).not.toContainEqual(expect.stringMatching(/\/index\/\*$/));
    }
  });

  it('uses no AWS-managed policy on the function roles', () => {
    for (const fn of Object.keys(ROLE_PREFIX) as FunctionName[]) {
      const id = logicalId(s.statelessTemplate, 'AWS::IAM::Role', ROLE_PREFIX[fn]);
      const arns = JSON.stringify(
        s.statelessTemplate.findResources('AWS::IAM::Role')[id]?.Properties?.ManagedPolicyArns,
      );
      expect(arns, fn).not.toContain(':iam::aws:policy');
    }
  });

  it('sets the Bedrock variables the triage function reads', () => {
    const fnId = logicalId(s.statelessTemplate, 'AWS::Lambda::Function', 'TriageFunction');
    const vars = s.statelessTemplate.findResources('AWS::Lambda::Function')[fnId]?.Properties?.Environment?.Variables;
    expect(vars).toMatchObject({
      BEDROCK_MODEL_ID: MODEL,
      BEDROCK_PROMPT_VERSION: 'triage-v1',
      BEDROCK_GUARDRAIL_ID: GUARDRAIL.id,
      BEDROCK_GUARDRAIL_VERSION: GUARDRAIL.version,
    });
  });
});

describe('function roles, with the local backends only', () => {
  let s: Synthesized;
  beforeAll(() => {
    s = synthesize({ backends: { redaction: 'local', classifier: 'local' } });
  });

  it('grants no Bedrock or Comprehend Medical permission at all, and sets no Bedrock variable', () => {
    expect(actionsOf(statements(s, 'triage')).filter((a) => /^(bedrock|comprehendmedical):/.test(a))).toEqual([]);
    const fnId = logicalId(s.statelessTemplate, 'AWS::Lambda::Function', 'TriageFunction');
    const vars = s.statelessTemplate.findResources('AWS::Lambda::Function')[fnId]?.Properties?.Environment?.Variables;
    expect(Object.keys(vars).filter((k) => k.startsWith('BEDROCK_'))).toEqual([]);
  });
});

describe('bedrockModelArns', () => {
  const stack = new Stack();
  const arns = (id: string) => bedrockModelArns(stack, id).map((a) => stack.resolve(a));

  it('names one foundation model in this Region for a plain model id', () => {
    expect(bedrockModelArns(stack, 'anthropic.claude-haiku-4-5-20251001-v1:0')).toHaveLength(1);
    expect(JSON.stringify(arns('anthropic.claude-haiku-4-5-20251001-v1:0'))).toContain(
      '::foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0',
    );
  });

  it('adds the Region-less foundation model for a global profile', () => {
    const list = bedrockModelArns(stack, 'global.anthropic.claude-haiku-4-5-20251001-v1:0');
    expect(list).toHaveLength(3);
    expect(list.some((a) => a.endsWith(':bedrock:::foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0'))).toBe(
      true,
    );
  });
});
