/**
 * The English lint messages, one function per code. `Lint.message` is written by these, and the
 * app's English catalog re-exports them as its `lints` namespace, so the CLI, the API and the
 * English UI can never word a finding differently. Other languages fill `LintMessages` too.
 */
import type { LintCode } from './codes.ts';
import type { MessageFormat } from './format.ts';
import type { EdgeRef, HandleRef, LintParams, NodeRef } from './params.ts';
import { ruleProblemMessage } from './rule-messages.ts';

export type LintMessage<C extends LintCode> = (params: LintParams[C], format: MessageFormat) => string;
export type LintMessages = { [C in LintCode]: LintMessage<C> };

/** A node by its label as the marketer typed it; unlabelled, by type and id so it can still be found. */
function nodeName(node: NodeRef): string {
  const label = node.label.trim();
  if (node.type === null) return `"${node.id}"`;
  return label === '' ? `the ${node.type} node "${node.id}"` : `"${label}"`;
}

/** "A", "B" and "C": the members of a loop in document order. */
function listNames(nodes: readonly NodeRef[]): string {
  const names = nodes.map(nodeName);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Split variants are known to marketers by their labels, not their ids. */
const handleName = (handle: HandleRef) =>
  handle.variant === null ? `"${handle.id}"` : `variant "${handle.variant}"`;

/** "the output of "SMS"" for a node's only output, "the "no" output of "Bought?"" when it has several. */
const outputName = (node: NodeRef, handle: HandleRef) =>
  handle.id === 'out'
    ? `the output of ${nodeName(node)}`
    : `the ${handleName(handle)} output of ${nodeName(node)}`;

const edgeName = (edge: EdgeRef) =>
  `the connection "${edge.id}" from ${nodeName(edge.source)} to ${nodeName(edge.target)}`;

/** Messages begin with a node or connection name; a sentence still starts with a capital. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const lintMessages: LintMessages = {
  'no-trigger': () => 'The journey has no trigger, so no customer ever enters it. Add a trigger node.',
  'timezone-invalid': ({ timezone, reason }) =>
    `The timezone "${timezone}" is not a known timezone name${reason === null ? '' : ` (${reason})`}. Use a name such as "Asia/Shanghai" or "Europe/Berlin".`,
  'frequency-cap-invalid': (params, f) =>
    params.problem === 'max-touches'
      ? `The frequency cap allows ${f.number(params.maxTouches)} touches, so no customer could ever be contacted. Allow at least 1, or turn the cap off.`
      : `The frequency cap counts touches over ${f.number(params.windowDays)} days; the window must be a whole number of days from 1 to ${f.number(params.longest)}.`,
  'quiet-hours-same-start-end': ({ time }) =>
    `Quiet hours start and end at the same time (${time}), so it is unclear whether they last no time or all day. Set different start and end times, or turn quiet hours off.`,
  'goal-attribution-not-positive': ({ days }, f) =>
    `The goal's attribution window is ${f.number(days)} days, so no purchase could ever be credited to a touch. Use at least 1 day.`,
  'goal-attribution-long': ({ days, longest }, f) =>
    `The goal's attribution window is ${f.number(days)} days; over ${f.number(longest)} days, touches get credit for purchases customers would have made anyway. Consider a shorter window.`,
  'duplicate-node-id': ({ node }) =>
    `${sentence(nodeName(node))} has the id "${node.id}", which another node already uses; connections cannot tell the two apart. Give it a new id.`,
  'split-percent-sum': ({ node, sum }, f) =>
    `The variants of ${nodeName(node)} add up to ${f.number(sum)}%, not 100%. Change their percentages so they total 100.`,
  'duplicate-variant-id': ({ node, variantId, variantLabel }) =>
    `${sentence(nodeName(node))} has two variants with the id "${variantId}", so their outputs cannot be told apart. Give variant "${variantLabel}" a new id.`,
  'touch-template-blank': ({ node }) =>
    `${sentence(nodeName(node))} names no message template, so there is nothing to send. Choose a template.`,
  'offer-percent-over-100': ({ node, percent }, f) =>
    `${sentence(nodeName(node))} offers ${f.number(percent)}% off; a discount cannot be more than 100%.`,
  // "all of no rules" is true and "any of no rules" is false, as in Array#every and Array#some.
  'condition-no-rules': ({ node, match }) =>
    `${sentence(nodeName(node))} has no rules, so ${match === 'all' ? 'every customer matches and goes to "yes"' : 'no customer matches and everyone goes to "no"'}. Add a rule, or remove the condition.`,
  'rule-mismatch': ({ node, rule, problem }, f) =>
    `In ${nodeName(node)}, rule ${f.number(rule)}: ${ruleProblemMessage(problem, f)}`,
  'trigger-journey-fact': ({ node, rule, field }, f) =>
    `In ${nodeName(node)}, rule ${f.number(rule)} uses ${field}, which only means something once a customer is in the journey; when the trigger checks it, nobody has entered yet. Use it in a condition instead.`,
  'unconnected-output': ({ node, handle }) =>
    `${handle.id === 'out' ? `Nothing follows ${nodeName(node)}` : `${sentence(outputName(node, handle))} is not connected`}: customers leave the journey there. Connect it to the next step, or to an Exit node to make the end explicit.`,
  'unreachable-node': ({ node }) =>
    `No path from a trigger leads to ${nodeName(node)}, so no customer will ever reach it. Connect it, or delete it.`,
  'cycle-without-wait': ({ nodes }) =>
    `${sentence(listNames(nodes))} form a loop with no Wait node in it, so a customer would go round it endlessly without any time passing. Add a Wait node to the loop, or remove a connection.`,
  'loop-without-exit': ({ nodes }) =>
    `Customers who reach the loop through ${listNames(nodes)} never leave it: no connection leads out of it, so they stay in the journey until it ends or they reach the goal. Connect one of its outputs onward, for example to an Exit node.`,
  'duplicate-edge-id': ({ edge }) =>
    `Two connections use the id "${edge.id}"; give ${edgeName(edge)} a new id.`,
  'edge-unknown-node': ({ edgeId, end, nodeId }) =>
    `The connection "${edgeId}" ${end === 'source' ? 'starts at' : 'leads to'} "${nodeId}", but the journey has no node with that id. Delete the connection or reconnect it.`,
  'edge-unknown-handle': ({ edge, handle, node, outputs }) =>
    `${sentence(edgeName(edge))} leaves from an output "${handle}" that ${nodeName(node)} does not have (${outputs.length === 0 ? 'it has no outputs' : `its outputs are ${outputs.map(handleName).join(', ')}`}). Reconnect it from an existing output.`,
  'duplicate-output-edge': ({ node, handle, firstEdgeId, edgeId }) =>
    `${sentence(outputName(node, handle))} already has a connection ("${firstEdgeId}"), and a customer can follow only one. Delete "${edgeId}", or add a split to divide customers.`,
  'edge-into-trigger': ({ edge }) =>
    `${sentence(edgeName(edge))} leads into a trigger; customers enter a journey at its triggers and cannot be sent back to one. Connect it to the step after the trigger instead.`,
  'self-loop': ({ edgeId, node }) =>
    `The connection "${edgeId}" leads from ${nodeName(node)} straight back to itself. Delete it; to repeat steps, loop back through a Wait node.`,
};
