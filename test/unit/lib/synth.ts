/**
 * Synthesizes the CDK app once per test file. Bundling is skipped unless asked for (the
 * functions' code is not what these tests look at); the nag packs always run, and an
 * unacknowledged error fails the synth itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { defaultConfig, type TriageConfig } from '#core/config.ts';
import { buildApp, DEPLOY_CONFIG_FILE, type PortalTriageApp, TRIAGE_CONFIG_FILE } from '../../../lib/app.ts';
import { type DeployConfig, type DeployConfigInput, parseDeployConfig } from '../../../lib/deploy-config.ts';
import { loadTriageConfig, triageConfigFrom } from '../../../lib/triage-config.ts';

export interface SynthOptions {
  /** Run esbuild and the asset copies (slow). */
  bundle?: boolean;
  /** Read config/triage.json; otherwise the embedded default configuration with `backends`. */
  configFiles?: boolean;
  backends?: TriageConfig['backends'];
  /** Merged over config/deploy.json. */
  deploy?: Partial<DeployConfigInput>;
}

export interface Synthesized extends PortalTriageApp {
  assembly: CloudAssembly;
  statefulTemplate: Template;
  statelessTemplate: Template;
  deploy: DeployConfig;
  triageConfig: TriageConfig;
  /** CDK's validation report (cdk-nag's findings that nothing acknowledged). */
  validationReport: { pluginReports: { pluginName?: string; violations?: unknown[] }[] };
}

/** Every backend on: the most permissions, so the most the nag packs and IAM tests can see. */
export const ALL_BACKENDS: TriageConfig['backends'] = { redaction: 'both', classifier: 'bedrock' };

export function synthesize(opts: SynthOptions = {}): Synthesized {
  const fileDeploy = JSON.parse(readFileSync(DEPLOY_CONFIG_FILE, 'utf8')) as DeployConfigInput;
  const deploy = parseDeployConfig({ ...fileDeploy, ...opts.deploy });
  const triage = opts.configFiles
    ? loadTriageConfig(TRIAGE_CONFIG_FILE)
    : triageConfigFrom({ ...defaultConfig, backends: opts.backends ?? ALL_BACKENDS });
  const built = buildApp({
    deploy,
    triage,
    appProps: { context: opts.bundle ? {} : { 'aws:cdk:bundling-stacks': [] } },
  });
  const assembly = built.app.synth();
  const reportFile = join(assembly.directory, 'validation-report.json');
  return {
    ...built,
    assembly,
    statefulTemplate: Template.fromJSON(assembly.getStackByName(built.stateful.stackName).template),
    statelessTemplate: Template.fromJSON(assembly.getStackByName(built.stateless.stackName).template),
    deploy,
    triageConfig: triage.config,
    validationReport: existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : { pluginReports: [] },
  };
}

type Resource = { Type: string; Properties?: Record<string, unknown>; DependsOn?: string[] };

/** Resources of one type, by logical id. */
export function resourcesOf(template: Template, type: string): [string, Resource][] {
  return Object.entries(template.findResources(type)) as [string, Resource][];
}

/** The logical id of the single resource of `type` whose id starts with `prefix`. */
export function logicalId(template: Template, type: string, prefix: string): string {
  const ids = resourcesOf(template, type)
    .map(([id]) => id)
    .filter((id) => id.startsWith(prefix));
  if (ids.length !== 1) throw new Error(`expected one ${type} named ${prefix}*, found ${ids.join(', ') || 'none'}`);
  return ids[0] as string;
}

/** The properties of the single resource of `type` whose logical id starts with `prefix`. */
export function propertiesOf(template: Template, type: string, prefix = ''): Record<string, unknown> {
  const id = logicalId(template, type, prefix);
  return (template.findResources(type)[id] as Resource).Properties ?? {};
}

/**
 * Renders an intrinsic-laden value as a string, with each reference as `<ref>` (an import from
 * the stateful stack as `<import:…>`): enough to compare ARNs and read the dashboard body.
 */
export function render(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('Fn::Join' in v) {
      const [sep, parts] = v['Fn::Join'] as [string, unknown[]];
      return parts.map(render).join(sep);
    }
    if ('Ref' in v) return `<${String(v.Ref)}>`;
    if ('Fn::ImportValue' in v) return `<import:${render(v['Fn::ImportValue'])}>`;
    if ('Fn::GetAtt' in v) return `<${(v['Fn::GetAtt'] as string[]).join('.')}>`;
  }
  return JSON.stringify(value);
}

/** A policy statement, with its actions and resources as lists. */
export interface Statement {
  Effect: string;
  Action: string[];
  Resource: string[];
  Condition?: Record<string, unknown>;
}

function list(x: unknown): unknown[] {
  return Array.isArray(x) ? x : x === undefined ? [] : [x];
}

/** Every statement of every policy attached to the role `roleId` (managed or inline). */
export function statementsOfRole(template: Template, roleId: string): Statement[] {
  const docs: unknown[] = [];
  const refs = (x: unknown) => list(x).some((r) => (r as { Ref?: string }).Ref === roleId);
  for (const [, p] of resourcesOf(template, 'AWS::IAM::ManagedPolicy')) {
    if (refs(p.Properties?.Roles)) docs.push(p.Properties?.PolicyDocument);
  }
  for (const [, p] of resourcesOf(template, 'AWS::IAM::Policy')) {
    if (refs(p.Properties?.Roles)) docs.push(p.Properties?.PolicyDocument);
  }
  const role = template.findResources('AWS::IAM::Role')[roleId] as Resource | undefined;
  for (const managed of list(role?.Properties?.ManagedPolicyArns)) {
    const ref = (managed as { Ref?: string }).Ref;
    const policy = ref ? (template.findResources('AWS::IAM::ManagedPolicy')[ref] as Resource | undefined) : undefined;
    if (policy && !refs(policy.Properties?.Roles)) docs.push(policy.Properties?.PolicyDocument);
  }
  return docs.flatMap((d) =>
    list((d as { Statement: unknown }).Statement).map((s) => {
      const st = s as Record<string, unknown>;
      return {
        Effect: st.Effect as string,
        Action: list(st.Action).map(String),
        Resource: list(st.Resource).map(render),
        Condition: st.Condition as Record<string, unknown> | undefined,
      };
    }),
  );
}
