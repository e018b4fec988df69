import type { ChannelKind } from "@/lib/catalogue/schema";
import type { ChannelScope, Framework, FrameworkItem, LocalizedText } from "@/lib/frameworks/schema";
import { itemRef, type PinnedItem } from "@/lib/assessments/steps";

/** What decides which questions a channel is asked. */
export type ScopedChannel = { kind: ChannelKind; digital: boolean; selfHosted: boolean };

/**
 * The one kind of channel a question or framework can be limited to (`appliesTo` in the content).
 * Running the server decides first: a self-hosted channel raises the hosting questions whatever
 * its kind. Then a channel that is not digital, then the catalogue kind.
 */
export function channelScope(channel: ScopedChannel): ChannelScope {
  if (channel.selfHosted) return "self-hosted";
  if (!channel.digital) return "offline";
  return channel.kind;
}

export function appliesToChannel(target: { appliesTo?: readonly ChannelScope[] }, channel: ScopedChannel): boolean {
  return !target.appliesTo || target.appliesTo.includes(channelScope(channel));
}

// The applicable frameworks kept per set of pinned frameworks and channel scope.
const applicable = new WeakMap<readonly Framework[], Map<ChannelScope, readonly Framework[]>>();

/**
 * The pinned frameworks with only the questions this channel is asked: the others are left out of
 * the wizard, progress, reviews and scoring, and recorded as not applicable (notApplicableItems).
 * A part left without questions is left out too.
 */
export function applicableFrameworks(frameworks: readonly Framework[], channel: ScopedChannel): readonly Framework[] {
  // Kept per set of frameworks and scope: the same set for the same channel kind lets every
  // request share the questions' index (lib/assessments/steps.ts).
  const scope = channelScope(channel);
  let perScope = applicable.get(frameworks);
  if (!perScope) applicable.set(frameworks, (perScope = new Map()));
  let found = perScope.get(scope);
  if (!found) perScope.set(scope, (found = Object.freeze(frameworks.map((framework) => applicableParts(framework, channel)))));
  return found;
}

function applicableParts(framework: Framework, channel: ScopedChannel): Framework {
  if (!framework.parts.some((part) => part.items.some((item) => !appliesToChannel(item, channel)))) return framework;
  return {
    ...framework,
    parts: framework.parts
      .map((part) => ({ ...part, items: part.items.filter((item) => appliesToChannel(item, channel)) }))
      .filter((part) => part.items.length > 0),
  };
}

export type NotApplicableItem = PinnedItem & { reason: LocalizedText };

/** The pinned questions this channel is not asked, each with the reason the content gives. */
export function notApplicableItems(frameworks: readonly Framework[], channel: ScopedChannel): NotApplicableItem[] {
  return frameworks.flatMap((framework) =>
    framework.parts.flatMap((part) =>
      part.items
        .filter((item): item is FrameworkItem & { notApplicable: LocalizedText } => !appliesToChannel(item, channel) && !!item.notApplicable)
        .map((item) => ({ ref: itemRef(framework.id, item.id), framework, part, item, reason: item.notApplicable })),
    ),
  );
}
