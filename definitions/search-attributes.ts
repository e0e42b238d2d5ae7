import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/**
 * Custom search attributes, so ops can find cases in the Temporal UI and `temporal workflow list --query`.
 * Registered at start (embedded dev server flags, or the worker against an existing cluster) and kept
 * current by the workflow with upserts.
 */
export const PropertyId = defineSearchAttributeKey('PropertyId', SearchAttributeType.KEYWORD);
export const CaseCategory = defineSearchAttributeKey('CaseCategory', SearchAttributeType.KEYWORD);
export const CaseSeverity = defineSearchAttributeKey('CaseSeverity', SearchAttributeType.KEYWORD);
export const CaseStage = defineSearchAttributeKey('CaseStage', SearchAttributeType.KEYWORD);
export const CaseStatus = defineSearchAttributeKey('CaseStatus', SearchAttributeType.KEYWORD);
export const CaseOwner = defineSearchAttributeKey('CaseOwner', SearchAttributeType.KEYWORD);
export const EscalationLevel = defineSearchAttributeKey('EscalationLevel', SearchAttributeType.INT);
export const Breached = defineSearchAttributeKey('Breached', SearchAttributeType.BOOL);

export const caseSearchAttributes = [
  PropertyId,
  CaseCategory,
  CaseSeverity,
  CaseStage,
  CaseStatus,
  CaseOwner,
  EscalationLevel,
  Breached,
] as const;
