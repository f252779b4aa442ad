import { channels, type Channel, type Journey } from '../../journey/index.ts';

/** The channels a journey's touches use, in the catalog's channel order, each once. */
export function journeyChannels(journey: Journey): Channel[] {
  const used = new Set<Channel>();
  for (const node of journey.nodes) if (node.type === 'touch') used.add(node.config.channel);
  return channels.filter((channel) => used.has(channel));
}
