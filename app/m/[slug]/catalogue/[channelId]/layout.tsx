import { ClientMessages } from "@/components/app-shell/client-messages";

export default function CatalogueChannelLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages paths={["catalogue.override"]}>{children}</ClientMessages>;
}
