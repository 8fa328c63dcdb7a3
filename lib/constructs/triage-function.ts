/**
 * One portal-triage Lambda function with the project's defaults: nodejs22.x on arm64, X-Ray
 * tracing, its own log group (retention, the customer-managed key), source maps, Powertools'
 * service and namespace, the shared bundling options, and a role that starts empty: every
 * permission comes from a grant the stack makes, each next to the variable it goes with.
 */
import { type Duration, type RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { type BundlingOptions, NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { METRIC_NAMESPACE } from '../../functions/handlers/metric-names.ts';
import { BUNDLING, REPO_ROOT } from '../bundling.ts';
import { ManagedPolicyRole } from './managed-policy-role.ts';

export interface TriageFunctionProps {
  /** The entry point, from the repository root (one of FUNCTION_ENTRIES). */
  readonly entry: string;
  readonly description: string;
  /** Powertools' `service` (SERVICES in metric-names.ts): a metric's identity includes it. */
  readonly service: string;
  /** The function's own variables; merged over the defaults. */
  readonly environment: Record<string, string>;
  readonly memorySize: number;
  readonly timeout: Duration;
  readonly reservedConcurrency: number;
  readonly logRetentionDays: number;
  /** Encrypts the log group. */
  readonly logKey: kms.IKey;
  readonly removalPolicy: RemovalPolicy;
  /** Added to BUNDLING (e.g. command hooks that copy run-time files). */
  readonly bundling?: Pick<BundlingOptions, 'commandHooks'>;
}

export class TriageFunction extends Construct implements iam.IGrantable {
  readonly function: NodejsFunction;
  readonly role: ManagedPolicyRole;
  readonly logGroup: logs.LogGroup;
  readonly grantPrincipal: iam.IPrincipal;

  constructor(scope: Construct, id: string, props: TriageFunctionProps) {
    super(scope, id);
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetentionDays as logs.RetentionDays,
      encryptionKey: props.logKey,
      removalPolicy: props.removalPolicy,
    });
    // No AWS-managed policy: write access to this log group only, then the stack's grants.
    this.role = new ManagedPolicyRole(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.description} (function role)`,
    });
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: `${REPO_ROOT}${props.entry}`,
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: `${REPO_ROOT}package-lock.json`,
      description: props.description,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      reservedConcurrentExecutions: props.reservedConcurrency,
      tracing: lambda.Tracing.ACTIVE,
      role: this.role,
      logGroup: this.logGroup,
      // SDK v3 reuses connections by default; the variable only concerned SDK v2.
      awsSdkConnectionReuse: false,
      bundling: { ...BUNDLING, ...props.bundling },
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: props.service,
        POWERTOOLS_METRICS_NAMESPACE: METRIC_NAMESPACE,
        ...props.environment,
      },
    });
    this.grantPrincipal = this.function.grantPrincipal;

    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'X-Ray PutTraceSegments and PutTelemetryRecords (added by active tracing) support no resource-level permissions.',
    });
    const runtimeReason =
      'The project targets Node.js 22 (LTS until April 2027): the bundle target (node22) and local mode use it; moving to nodejs24.x is a deliberate, tested upgrade, not a default.';
    Validations.of(this.function).acknowledge(
      { id: 'AwsSolutions-L1', reason: runtimeReason },
      { id: 'Serverless-LambdaLatestVersion', reason: runtimeReason },
    );
    Validations.of(this.function).acknowledge({
      id: 'HIPAA.Security-LambdaInsideVPC',
      reason:
        'The function calls only AWS regional APIs (DynamoDB, SQS, KMS, Secrets Manager, Bedrock, Comprehend Medical, EventBridge, X-Ray) over TLS with SigV4; it has no VPC resource to reach, and a VPC would add a NAT gateway or interface endpoints without narrowing any path.',
    });
  }

  addEnvironment(key: string, value: string): void {
    this.function.addEnvironment(key, value);
  }

  /** Acknowledges a rule on the function resource itself (not its role or log group). */
  acknowledge(id: string, reason: string): void {
    Validations.of(this.function).acknowledge({ id, reason });
  }
}
