/**
 * The CDK app: the stateful and the stateless stack, checked by cdk-nag's AWS Solutions, HIPAA
 * Security and Serverless packs at every synth. bin/app.ts runs it; the tests build the same app.
 */
import { join } from 'node:path';
import { App, type AppProps, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, HIPAASecurityChecks, ServerlessChecks } from 'cdk-nag';
import { REPO_ROOT } from './bundling.ts';
import { type DeployConfig, loadDeployConfig } from './deploy-config.ts';
import { StatefulStack } from './stateful-stack.ts';
import { StatelessStack } from './stateless-stack.ts';
import { type LoadedTriageConfig, loadTriageConfig } from './triage-config.ts';

export const DEPLOY_CONFIG_FILE = join(REPO_ROOT, 'config/deploy.json');
export const TRIAGE_CONFIG_FILE = join(REPO_ROOT, 'config/triage.json');

export const STACK_NAMES = { stateful: 'PortalTriageStateful', stateless: 'PortalTriageStateless' } as const;

export interface BuildAppOptions {
  readonly appProps?: AppProps;
  /** Defaults to config/deploy.json. */
  readonly deploy?: DeployConfig;
  /** Defaults to config/triage.json. */
  readonly triage?: LoadedTriageConfig;
}

export interface PortalTriageApp {
  readonly app: App;
  readonly stateful: StatefulStack;
  readonly stateless: StatelessStack;
}

export function buildApp(opts: BuildAppOptions = {}): PortalTriageApp {
  const deploy = opts.deploy ?? loadDeployConfig(DEPLOY_CONFIG_FILE);
  const triage = opts.triage ?? loadTriageConfig(TRIAGE_CONFIG_FILE);
  const app = new App({
    ...opts.appProps,
    context: {
      // Strong references: CloudFormation refuses to delete a table or queue the functions still use.
      '@aws-cdk/core:defaultCrossStackReferences': 'strong',
      ...opts.appProps?.context,
    },
  });
  Tags.of(app).add('project', 'portal-triage');

  // Environment-agnostic: the account and Region come from the deploying credentials.
  const stateful = new StatefulStack(app, STACK_NAMES.stateful, {
    description: 'portal-triage: key, tables, queues, webhook secret, event bus, staff user pool, backups, alarm topic',
    deploy,
    staffGroups: Object.keys(triage.config.staff.groups),
    terminationProtection: deploy.retainOnDelete,
  });
  const stateless = new StatelessStack(app, STACK_NAMES.stateless, {
    description: 'portal-triage: functions, HTTP API, escalation schedule, dashboard and alarms',
    stateful,
    deploy,
    triage,
  });

  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new HIPAASecurityChecks(app), new ServerlessChecks(app));
  return { app, stateful, stateless };
}
