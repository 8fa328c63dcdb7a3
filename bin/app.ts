/**
 * CDK entry point (cdk.json runs it with tsx). Reads config/deploy.json and config/triage.json;
 * a bad file fails the synth with a message naming each bad setting.
 */
import { buildApp } from '../lib/app.ts';

buildApp();
