import { ClientMessages } from "@/components/app-shell/client-messages";

export default function SectionOwnersLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages paths={["reviews"]}>{children}</ClientMessages>;
}
