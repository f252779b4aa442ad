import type { Channel } from '../primitives/domain.ts';

/**
 * What choosing a channel fills in: cost per send (CNY) and the rates of a typical send.
 * Sources and reasoning are in docs/simulation.md ("Channel defaults"); keep the two in step.
 */
export interface ChannelDefaults {
  costPerSend: number;
  rates: { delivery: number; click: number; conversion: number };
}

export const channelDefaults: Record<Channel, ChannelDefaults> = {
  sms: { costPerSend: 0.05, rates: { delivery: 0.95, click: 0.03, conversion: 0.01 } },
  email: { costPerSend: 0.005, rates: { delivery: 0.9, click: 0.02, conversion: 0.005 } },
  push: { costPerSend: 0.001, rates: { delivery: 0.85, click: 0.04, conversion: 0.008 } },
  wechat: { costPerSend: 0.01, rates: { delivery: 0.9, click: 0.06, conversion: 0.015 } },
  wecom: { costPerSend: 0.3, rates: { delivery: 0.92, click: 0.15, conversion: 0.04 } },
  ai_call: { costPerSend: 0.8, rates: { delivery: 0.6, click: 0.1, conversion: 0.03 } },
};
