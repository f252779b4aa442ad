import { birthdayDoublePoints } from './birthday-double-points.ts';
import { campaignCadence } from './campaign-cadence.ts';
import { cartAbandoned } from './cart-abandoned.ts';
import { churnRiskRecall } from './churn-risk-recall.ts';
import { dormantWinback } from './dormant-winback.ts';
import { offerAbTest } from './offer-ab-test.ts';
import { pointsTierUpgrade } from './points-tier-upgrade.ts';
import type { JourneyTemplate } from './types.ts';
import { vipDormantGiftBox } from './vip-dormant-gift-box.ts';
import { welcomeSecondPurchase } from './welcome-second-purchase.ts';

export * from './types.ts';

/** Every playbook, in the order the gallery shows them: the most common needs first. */
export const journeyTemplates: readonly JourneyTemplate[] = [
  dormantWinback,
  cartAbandoned,
  welcomeSecondPurchase,
  birthdayDoublePoints,
  pointsTierUpgrade,
  campaignCadence,
  churnRiskRecall,
  vipDormantGiftBox,
  offerAbTest,
];

export function findJourneyTemplate(id: string): JourneyTemplate | undefined {
  return journeyTemplates.find((template) => template.id === id);
}
