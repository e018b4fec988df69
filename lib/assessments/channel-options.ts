import "server-only";
import { getCatalogue } from "@/lib/catalogue/load";
import { listCustomChannels } from "@/lib/catalogue/queries";
import { customPrefix } from "@/lib/assessments/channel";

/** Every channel a person can name as an alternative or fallback: the catalogue and the municipality's own. */
export async function channelOptions(municipalityId: string) {
  const custom = await listCustomChannels(municipalityId);
  return [
    ...getCatalogue().channels.map((channel) => ({ id: channel.id, name: channel.name, kind: channel.kind })),
    ...custom.map((channel) => ({ id: `${customPrefix}${channel.id}`, name: channel.name, kind: channel.kind })),
  ];
}
