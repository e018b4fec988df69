import { ClientMessages } from "@/components/app-shell/client-messages";

export default function TransparencyLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages paths={["transparency"]}>{children}</ClientMessages>;
}
