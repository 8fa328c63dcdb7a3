/**
 * An IAM role whose grants land in one customer-managed policy of its own instead of an inline
 * policy: the HIPAA pack asks for no inline policies, and CDK's grants (`table.grantReadData(fn)`
 * and the like) otherwise write to the role's inline default policy.
 */
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';

export class ManagedPolicyRole extends iam.Role {
  readonly policy: iam.ManagedPolicy;

  constructor(scope: Construct, id: string, props: iam.RoleProps) {
    super(scope, id, props);
    this.policy = new iam.ManagedPolicy(this, 'Policy', {
      description: props.description ? `Grants of: ${props.description}` : undefined,
    });
    this.addManagedPolicy(this.policy);
  }

  override addToPrincipalPolicy(statement: iam.PolicyStatement): iam.AddToPrincipalPolicyResult {
    this.policy.addStatements(statement);
    return { statementAdded: true, policyDependable: this.policy };
  }
}
